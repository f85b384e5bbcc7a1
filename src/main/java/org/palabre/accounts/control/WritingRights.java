package org.palabre.accounts.control;

import java.time.Instant;
import org.palabre.accounts.entity.Account;
import org.palabre.web.control.Refusal;

/** A silenced member reads but does not write, reply, edit or flag; the refusal says until when. */
public final class WritingRights {

    private WritingRights() {}

    public static void requireNotSilenced(Account member) {
        if (member != null && member.standing().isSilenced(Instant.now())) {
            throw new Refusal(403, "moderation.silenced", member.standing().silencedUntil());
        }
    }
}
