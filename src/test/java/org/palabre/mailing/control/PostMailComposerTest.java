package org.palabre.mailing.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeUtility;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.palabre.mail.control.MailComposer;
import org.palabre.mail.entity.MailPurpose;
import org.palabre.mailing.entity.UnsubscribeScope;
import org.palabre.notifications.entity.NotificationKind;

class PostMailComposerTest {

    private static final PostMail.Site SITE = new PostMail.Site("Palabre", "https://forum.example", "forum.example");

    private static PostMail post(
            String category,
            String title,
            String author,
            MailPurpose purpose,
            Locale language,
            Long parentId,
            Integer parentNumber) {
        return new PostMail(
                SITE,
                new PostMail.Recipient(7, "lea@example.org", language, ZoneId.of("Europe/Paris")),
                purpose,
                purpose == MailPurpose.MAILING_LIST ? null : NotificationKind.REPLIED,
                42,
                3,
                parentId,
                parentNumber,
                "Texte **brut**",
                "<p>Texte <strong>brut</strong></p>",
                Instant.parse("2026-11-23T09:15:00Z"),
                author,
                9,
                title,
                "/t/reunion/9",
                category,
                "reunions",
                purpose == MailPurpose.MAILING_LIST ? UnsubscribeScope.MAILING_LIST : UnsubscribeScope.REPLY,
                "TOKEN",
                "42-abc");
    }

    private static MimeMessage message(PostMail post) throws Exception {
        return new MailComposer("palabre@forum.example")
                .compose(PostMailComposer.compose(post).mail());
    }

    private static String raw(MimeMessage message) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        message.writeTo(out);
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void aReplyToAReplyRefersToItsParentAndToTheTopic() throws Exception {
        MimeMessage message =
                message(post("Réunions", "Ordre du jour", "Léa", MailPurpose.NOTIFICATION, Locale.FRENCH, 40L, 2));
        assertEquals("<post.42@forum.example>", message.getMessageID());
        assertEquals("<post.40@forum.example>", message.getHeader("In-Reply-To")[0]);
        assertEquals("<topic.9@forum.example> <post.40@forum.example>", message.getHeader("References")[0]);
        MimeMessage toTopic =
                message(post("Réunions", "Ordre du jour", "Léa", MailPurpose.NOTIFICATION, Locale.FRENCH, 30L, 1));
        assertEquals(
                "<topic.9@forum.example>",
                toTopic.getHeader("In-Reply-To")[0],
                "the first post is the topic's message");
    }

    @Test
    void accentsAreEncodedAndSurviveDecoding() throws Exception {
        MimeMessage message = message(
                post("Réunions", "Où en est la loi ?", "Élodie", MailPurpose.NOTIFICATION, Locale.FRENCH, null, null));
        assertEquals("[Réunions] Où en est la loi ?", message.getSubject());
        assertEquals("Élodie via Palabre", ((InternetAddress) message.getFrom()[0]).getPersonal());
        String raw = raw(message);
        assertTrue(
                raw.lines()
                        .filter(line -> line.startsWith("Subject:") || line.startsWith("List-Id:"))
                        .allMatch(line -> line.contains("=?UTF-8?")),
                raw);
        assertTrue(
                raw.chars().limit(raw.indexOf("\r\n\r\n")).allMatch(c -> c < 128),
                "headers are plain ASCII on the wire");
        assertEquals(
                "Réunions (Palabre) <reunions.forum.example>", MimeUtility.decodeText(message.getHeader("List-Id")[0]));
    }

    @Test
    void lineBreaksInNamesTitlesAndCategoriesNeverStartAHeader() throws Exception {
        String attack = "x\r\nBcc: victim@example.org\r\nX-Injected: yes";
        MimeMessage message =
                message(post(attack, attack, attack, MailPurpose.NOTIFICATION, Locale.FRENCH, null, null));
        String raw = raw(message);
        String headers = raw.substring(0, raw.indexOf("\r\n\r\n"));
        assertFalse(
                headers.lines().anyMatch(line -> line.startsWith("Bcc:") || line.startsWith("X-Injected:")), headers);
        assertNull(message.getHeader("Bcc"));
        assertEquals(1, message.getAllRecipients().length);
    }

    @Test
    void mailingListModeSaysPrecedenceListAndOffersToLeaveIt() throws Exception {
        MimeMessage message =
                message(post("Réunions", "Ordre du jour", "Léa", MailPurpose.MAILING_LIST, Locale.ENGLISH, null, null));
        assertEquals("list", message.getHeader("Precedence")[0]);
        assertEquals("List-Unsubscribe=One-Click", message.getHeader("List-Unsubscribe-Post")[0]);
        assertEquals(
                "<https://forum.example/mail/unsubscribe/TOKEN>, <mailto:unsubscribe+TOKEN@forum.example>",
                message.getHeader("List-Unsubscribe")[0]);
        PostMailComposer.Composed composed =
                PostMailComposer.compose(post("R", "T", "Léa", MailPurpose.MAILING_LIST, Locale.ENGLISH, null, null));
        assertTrue(
                composed.mail()
                        .text()
                        .contains("Leave mailing-list mode: https://forum.example/mail/unsubscribe/TOKEN"),
                composed.mail().text());
        assertTrue(
                composed.mail().text().contains("Léa wrote on November 23, 2026"),
                composed.mail().text());
        assertEquals("bounces+42-abc@forum.example", composed.envelopeSender());
    }

    @Test
    void theDateIsInTheRecipientsTimeZoneAndLanguage() {
        PostMailComposer.Composed composed =
                PostMailComposer.compose(post("R", "T", "Léa", MailPurpose.NOTIFICATION, Locale.FRENCH, null, null));
        assertTrue(
                composed.mail().text().startsWith("Léa a écrit le 23 novembre 2026"),
                composed.mail().text());
        assertTrue(
                composed.mail().text().contains("10:15"),
                "09:15 UTC is 10:15 in Paris: " + composed.mail().text());
    }
}
