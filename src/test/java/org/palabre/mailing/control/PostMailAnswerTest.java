package org.palabre.mailing.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Locale;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.palabre.mail.control.ReplyTrimmer;
import org.palabre.mail.entity.MailPurpose;
import org.palabre.mailing.entity.UnsubscribeScope;
import org.palabre.notifications.entity.NotificationKind;

/**
 * A member who answers one of our post mails posts only their answer, however their client carries our mail
 * along: the trimmer knows our first line ("X wrote on <date>:") and our footer (after "-- ") as they are written
 * today, in both languages; changing either shows here.
 */
class PostMailAnswerTest {

    private final ReplyTrimmer trimmer = new ReplyTrimmer();

    private static String ourMail(Locale language) {
        PostMail post = new PostMail(
                new PostMail.Site("Palabre", "https://forum.example", "forum.example"),
                new PostMail.Recipient(7, "lea@example.org", language, ZoneId.of("Europe/Paris")),
                MailPurpose.NOTIFICATION,
                NotificationKind.REPLIED,
                42,
                3,
                null,
                null,
                "Who comes on Saturday?\n\n-- \nnot a footer, the author's own signature",
                "<p>Who comes on Saturday?</p>",
                Instant.parse("2026-11-23T09:15:00Z"),
                "Alice Martin",
                9,
                "Meeting",
                "/t/meeting/9",
                "Meetings",
                "meetings",
                UnsubscribeScope.REPLY,
                "TOKEN",
                "42-abc");
        return PostMailComposer.compose(post).mail().text();
    }

    private static String quoted(String text) {
        return text.lines().map(line -> line.isEmpty() ? ">" : "> " + line).collect(Collectors.joining("\n"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "fr"})
    void onlyTheAnswerIsKeptWhateverTheClientDoesWithOurMail(String language) {
        String ours = ourMail(Locale.forLanguageTag(language));
        String topPosted =
                "I do.\n\nOn Mon, Nov 23, 2026 at 10:15 AM Alice Martin via Palabre <r@forum.example> wrote:\n\n"
                        + quoted(ours);
        String outlook = "I do.\n\nFrom: Alice Martin via Palabre <r@forum.example>\nSent: Monday, November 23, 2026\n"
                + "To: Léa\nSubject: [Meetings] Meeting\n\n" + ours;
        String appendedAsIs = "I do.\n\n" + ours;
        String bottomPosted = quoted(ours) + "\n\nI do.";
        for (String answer : new String[] {topPosted, outlook, appendedAsIs, bottomPosted}) {
            assertEquals("I do.", trimmer.trim(answer), answer);
        }
    }
}
