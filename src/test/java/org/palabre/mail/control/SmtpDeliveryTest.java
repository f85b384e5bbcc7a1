package org.palabre.mail.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Mail composed by Palabre and delivered to a real SMTP server (GreenMail), as a member's inbox gets it. */
class SmtpDeliveryTest {

    @RegisterExtension
    static final GreenMailExtension SMTP = new GreenMailExtension(ServerSetupTest.SMTP);

    private final MailComposer composer = new MailComposer("Palabre <forum@palabre.test>");
    private final SmtpSender sender = new SmtpSender(new SmtpSettings(
            Optional.of("127.0.0.1"), ServerSetupTest.SMTP.getPort(), Optional.empty(), Optional.empty(), "none"));

    @Test
    void aFrenchMailArrivesWithItsAccentsIntactInSubjectAndBody() throws Exception {
        send(composer.compose(OutgoingMail.plain(
                "noemie@collectif.test",
                "Réunion à Lyon : ordre du jour",
                "Bonjour Noémie,\nla réunion a lieu jeudi à 19 h.\n")));

        MimeMessage received = SMTP.getReceivedMessages()[0];
        assertEquals("Réunion à Lyon : ordre du jour", received.getSubject());
        assertTrue(((String) received.getContent()).contains("Noémie"));
        assertTrue(received.getHeader("Subject")[0].startsWith("=?UTF-8?"), "the subject header is RFC 2047 encoded");
        assertEquals("auto-generated", received.getHeader("Auto-Submitted")[0]);
        assertTrue(received.getMessageID().endsWith("@palabre.test>"), received.getMessageID());
    }

    @Test
    void lineBreaksInASubjectCannotAddHeadersOrRecipients() throws Exception {
        send(composer.compose(OutgoingMail.plain(
                "noemie@collectif.test", "Bonjour\r\nBcc: victim@elsewhere.test\r\nX-Injected: yes", "corps")));

        assertEquals(1, SMTP.getReceivedMessages().length, "nobody but the recipient gets it");
        MimeMessage received = SMTP.getReceivedMessages()[0];
        assertNull(received.getHeader("X-Injected"));
        assertNull(received.getHeader("Bcc"));
        assertEquals("Bonjour Bcc: victim@elsewhere.test X-Injected: yes", received.getSubject());
    }

    @Test
    void aMailWithHtmlCarriesPlainTextFirstAndHtmlAsTheAlternative() throws Exception {
        send(composer.compose(new OutgoingMail(
                "noemie@collectif.test",
                "Nouveau message",
                "Texte brut",
                "<p>Texte <strong>riche</strong></p>",
                Map.of("List-Id", "<annonces.palabre.test>"))));

        MimeMessage received = SMTP.getReceivedMessages()[0];
        assertTrue(received.isMimeType("multipart/alternative"));
        Multipart parts = (Multipart) received.getContent();
        assertTrue(parts.getBodyPart(0).isMimeType("text/plain"));
        assertTrue(parts.getBodyPart(1).isMimeType("text/html"));
        assertEquals("<annonces.palabre.test>", received.getHeader("List-Id")[0]);
    }

    @Test
    void oneConnectionCarriesManyMailsEachWithItsOwnBounceAddress() throws Exception {
        try (SmtpSender.Connection connection = sender.open()) {
            for (int i = 1; i <= 3; i++) {
                connection.deliver(
                        composer.compose(OutgoingMail.plain("membre" + i + "@collectif.test", "Message " + i, "corps")),
                        "bounces+" + i + "-abc@palabre.test");
            }
        }

        MimeMessage[] received = SMTP.getReceivedMessages();
        assertEquals(3, received.length);
        for (int i = 1; i <= 3; i++) {
            assertEquals("<bounces+" + i + "-abc@palabre.test>", received[i - 1].getHeader("Return-Path")[0]);
        }
    }

    private void send(MimeMessage message) throws Exception {
        try (SmtpSender.Connection connection = sender.open()) {
            connection.deliver(message, null);
        }
    }
}
