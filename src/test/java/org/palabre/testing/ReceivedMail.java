package org.palabre.testing;

import jakarta.mail.BodyPart;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reading mails the SMTP server received, as their recipient's client would show them. */
public final class ReceivedMail {

    private ReceivedMail() {}

    /** The text of the part of this type (text/plain or text/html), or of the whole message when it has one part. */
    public static String part(MimeMessage message, String type) {
        try {
            Object content = message.getContent();
            if (content instanceof String text) {
                return message.isMimeType(type) ? text : "";
            }
            Multipart multipart = (Multipart) content;
            for (int i = 0; i < multipart.getCount(); i++) {
                BodyPart part = multipart.getBodyPart(i);
                if (part.isMimeType(type)) {
                    return (String) part.getContent();
                }
            }
            return "";
        } catch (MessagingException | IOException e) {
            throw new AssertionError("unreadable mail", e);
        }
    }

    public static String header(MimeMessage message, String name) {
        try {
            String value = message.getHeader(name, ", ");
            return value == null ? null : jakarta.mail.internet.MimeUtility.unfold(value);
        } catch (MessagingException e) {
            throw new AssertionError("unreadable mail", e);
        }
    }

    static String newestLinkPath(String recipient, Pattern link) {
        List<MimeMessage> received = SmtpServer.awaitTo(
                recipient,
                list -> list.stream()
                        .anyMatch(m -> link.matcher(part(m, "text/plain")).find()));
        for (int i = received.size() - 1; i >= 0; i--) {
            Matcher found = link.matcher(part(received.get(i), "text/plain"));
            if (found.find()) {
                return found.group(1);
            }
        }
        throw new AssertionError("no mail to " + recipient + " with a link matching " + link);
    }
}
