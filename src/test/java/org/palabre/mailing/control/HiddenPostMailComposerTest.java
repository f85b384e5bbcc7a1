package org.palabre.mailing.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.palabre.mail.control.OutgoingMail;
import org.palabre.mail.entity.MailPurpose;
import org.palabre.mailing.entity.UnsubscribeScope;
import org.palabre.notifications.entity.NotificationKind;

class HiddenPostMailComposerTest {

    private static PostMail post(Locale language) {
        return new PostMail(
                new PostMail.Site("Palabre", "https://forum.example", "forum.example"),
                new PostMail.Recipient(7, "lea@example.org", language, ZoneId.of("Europe/Paris")),
                MailPurpose.NOTIFICATION,
                NotificationKind.YOUR_POST_HIDDEN,
                42,
                3,
                null,
                null,
                "Texte **brut**",
                "<p>Texte <strong>brut</strong></p>",
                Instant.parse("2026-11-23T09:15:00Z"),
                "lea",
                9,
                "Réunion",
                "/t/reunion/9",
                "Vie du club",
                "reunions",
                UnsubscribeScope.MENTION,
                "TOKEN",
                "42-abc");
    }

    @Test
    void aFlagReasonIsNamedInTheAuthorsLanguageWithALinkToThePost() {
        OutgoingMail french = HiddenPostMailComposer.compose(post(Locale.FRENCH), "{flags.reason.SPAM}")
                .mail();
        assertEquals("[Vie du club] Votre message a été masqué\u00a0: Réunion", french.subject());
        assertTrue(french.text().contains("Motif du signalement\u00a0: Spam."), french.text());
        assertTrue(french.text().contains("https://forum.example/t/reunion/9/3"), french.text());
        assertTrue(french.text().contains("> Texte **brut**"), "which post, as written: " + french.text());
        OutgoingMail english = HiddenPostMailComposer.compose(post(Locale.ENGLISH), "{flags.reason.OFF_TOPIC}")
                .mail();
        assertTrue(english.text().contains("Flag reason: Off topic."), english.text());
        assertEquals("Palabre", english.senderName(), "from the site, not from a member");
    }

    @Test
    void aModeratorsWordsAreEscapedInHtmlAndNoReasonIsSaid() {
        OutgoingMail mail = HiddenPostMailComposer.compose(post(Locale.ENGLISH), "<b>rude</b> {0}")
                .mail();
        assertTrue(mail.text().contains("The moderator’s reason: <b>rude</b> {0}"), mail.text());
        assertTrue(mail.html().contains("&lt;b&gt;rude&lt;/b&gt;"), mail.html());
        assertFalse(mail.html().contains("<b>rude"), mail.html());
        assertTrue(HiddenPostMailComposer.compose(post(Locale.FRENCH), null)
                .mail()
                .text()
                .contains("Aucun motif n’a été donné."));
    }
}
