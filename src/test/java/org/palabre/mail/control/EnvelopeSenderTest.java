package org.palabre.mail.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.internet.MimeMessage;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The MAIL FROM a real SMTP server (GreenMail) is given: each mail's own bounce address, or the fixed one. */
class EnvelopeSenderTest {

    @RegisterExtension
    static final GreenMailExtension SMTP = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort());

    private final MailComposer composer = new MailComposer("Palabre <forum@palabre.test>");

    @Test
    void eachMailGoesWithItsOwnBounceAddressByDefault() throws Exception {
        deliver(Optional.empty(), "bounces+7-abcdefghijkl@palabre.test");
        assertEquals("<bounces+7-abcdefghijkl@palabre.test>", returnPath());
    }

    @Test
    void aFixedEnvelopeSenderReplacesTheBounceAddressForEveryMail() throws Exception {
        deliver(Optional.of("listes@collectif.test"), "bounces+7-abcdefghijkl@palabre.test");
        deliver(Optional.of("listes@collectif.test"), null); // an account mail, which has no bounce address
        for (MimeMessage received : SMTP.getReceivedMessages()) {
            assertEquals("<listes@collectif.test>", received.getHeader("Return-Path")[0]);
        }
        assertEquals(2, SMTP.getReceivedMessages().length);
    }

    private void deliver(Optional<String> fixed, String bounceAddress) throws Exception {
        SmtpSettings settings = new SmtpSettings(
                Optional.of("127.0.0.1"), SMTP.getSmtp().getPort(), Optional.empty(), Optional.empty(), "none", fixed);
        try (SmtpSender.Connection connection = new SmtpSender(settings).open()) {
            connection.deliver(
                    composer.compose(OutgoingMail.plain("noemie@collectif.test", "Réunion", "Jeudi à 19 h.")),
                    bounceAddress);
        }
    }

    private static String returnPath() throws Exception {
        return SMTP.getReceivedMessages()[0].getHeader("Return-Path")[0];
    }
}
