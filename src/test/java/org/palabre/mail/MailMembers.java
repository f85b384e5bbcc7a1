package org.palabre.mail;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import org.palabre.testing.WebClient;

/** Mail preferences chosen the way a member chooses them: through the form at /preferences/mail. */
final class MailMembers {

    private MailMembers() {}

    /** Every notification mail always, even while on the site; no mailing-list mode, no digest. */
    static void alwaysMailed(WebClient member) {
        choose(member, "ALWAYS", false, "NEVER");
    }

    static void choose(WebClient member, String frequency, boolean mailingList, String digest) {
        Map<String, String> fields = new java.util.HashMap<>(Map.of(
                "mention", frequency, "reply", frequency, "quote", frequency, "watched", frequency, "digest", digest));
        if (mailingList) {
            fields.put("mailingList", "on");
        }
        assertEquals(
                303,
                member.submit("/preferences/mail", "/preferences/mail", fields).statusCode());
    }
}
