package org.palabre.incoming.control;

import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Date;
import java.util.Properties;

/**
 * The answer a mail client writes to a received mail: from its recipient, to its Reply-To, "Re:" and its
 * subject, threaded under it, the new text first and the original quoted below, as clients do.
 */
public final class AnswerDraft {

    private AnswerDraft() {}

    public static byte[] answering(MimeMessage original, String text) throws MessagingException {
        Session session = Session.getInstance(new Properties());
        MimeMessage answer = new MimeMessage(session);
        answer.setFrom(original.getRecipients(Message.RecipientType.TO)[0]);
        String replyTo = original.getHeader("Reply-To", null);
        answer.setRecipients(
                Message.RecipientType.TO, replyTo == null ? original.getFrom() : InternetAddress.parse(replyTo));
        String subject = original.getSubject() == null ? "" : original.getSubject();
        answer.setSubject(subject.regionMatches(true, 0, "Re:", 0, 3) ? subject : "Re: " + subject, "UTF-8");
        answer.setSentDate(new Date());
        if (original.getMessageID() != null) {
            answer.setHeader("In-Reply-To", original.getMessageID());
            answer.setHeader("References", original.getMessageID());
        }
        answer.setText(text.strip() + "\n\n> " + subject + "\n", "UTF-8");
        answer.saveChanges();
        try {
            ByteArrayOutputStream raw = new ByteArrayOutputStream();
            answer.writeTo(raw);
            return raw.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
