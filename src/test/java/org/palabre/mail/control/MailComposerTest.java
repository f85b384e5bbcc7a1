package org.palabre.mail.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeUtility;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The headers of a composed mail as a mail client reads them: raw, then decoded. */
class MailComposerTest {

    private final MailComposer composer = new MailComposer("Palabre <palabre@palabre.test>");

    private MimeMessage composed(String subject, String senderName, Map<String, String> headers) throws Exception {
        return composer.compose(new OutgoingMail("a@palabre.test", subject, "texte", null, headers, senderName, null));
    }

    /** "=?UTF-8?B?UGF5ZXogaWNp?=" decodes to "Payez ici": a client must show the characters typed instead. */
    @ParameterizedTest
    @ValueSource(
            strings = {
                "=?UTF-8?B?UGF5ZXogaWNp?=",
                "Avant =?UTF-8?Q?Payez_ici?= après",
                "=?iso-8859-1?q?Payez=20ici?= et une longue suite de mots pour que le sujet se replie sur deux lignes"
            })
    void anEncodedWordTypedInATitleIsShownLiterallyInTheSubject(String title) throws Exception {
        MimeMessage mail = composed(title, null, Map.of());
        String raw = mail.getHeader("Subject", null);
        assertFalse(raw.contains(title), raw);
        assertEquals(title, MimeUtility.decodeText(MimeUtility.unfold(raw)));
    }

    @Test
    void anEncodedWordInTheSendersNameIsShownLiterally() throws Exception {
        MimeMessage mail = composed("Sujet", "=?UTF-8?B?UGF5ZXogaWNp?= via Palabre", Map.of());
        InternetAddress from = (InternetAddress) mail.getFrom()[0];
        assertEquals("=?UTF-8?B?UGF5ZXogaWNp?= via Palabre", from.getPersonal());
        assertEquals("palabre@palabre.test", from.getAddress());
    }

    @Test
    void hiddenCharactersNeverReachTheSubject() throws Exception {
        MimeMessage mail = composed("Facture \u202egpj.exe\u200b reçue", null, Map.of());
        assertEquals("Facture gpj.exe reçue", mail.getSubject());
    }

    @Test
    void aPlainSubjectStaysPlain() throws Exception {
        assertEquals("Compte rendu", composed("Compte rendu", null, Map.of()).getHeader("Subject", null));
        assertTrue(HeaderText.phrase("Campagne (Palabre)").startsWith("\""));
        assertEquals("\"Campagne (Palabre)\"", HeaderText.phrase("Campagne\u2067 (Palabre)\u2069"));
    }
}
