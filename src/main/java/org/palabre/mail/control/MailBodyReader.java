package org.palabre.mail.control;

import jakarta.mail.BodyPart;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the text of a received mail: the first text/plain part, or the first text/html part made plain when
 * there is none; every part with a file name or marked as an attachment is listed as an attachment.
 */
public class MailBodyReader {

    public MailBodyReader() {}

    public MailBody read(MimeMessage m) {
        try {
            Found found = new Found();
            walk(m, found);
            if (found.plain != null) {
                return new MailBody(found.plain, false, found.attachments);
            }
            return new MailBody(found.html == null ? "" : plainOf(found.html), found.html != null, found.attachments);
        } catch (MessagingException e) {
            return new MailBody("", false, List.of());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static final class Found {
        String plain;
        String html;
        final List<MailAttachment> attachments = new ArrayList<>();
    }

    private static void walk(Part part, Found found) throws MessagingException, IOException {
        if (part.isMimeType("multipart/*")) {
            Multipart multipart = (Multipart) part.getContent();
            for (int i = 0; i < multipart.getCount(); i++) {
                BodyPart child = multipart.getBodyPart(i);
                walk(child, found);
            }
        } else if (Part.ATTACHMENT.equalsIgnoreCase(part.getDisposition()) || part.getFileName() != null) {
            found.attachments.add(new MailAttachment(part.getFileName(), part.getContentType(), part.getSize()));
        } else if (part.isMimeType("text/plain") && found.plain == null) {
            found.plain = String.valueOf(part.getContent());
        } else if (part.isMimeType("text/html") && found.html == null) {
            found.html = String.valueOf(part.getContent());
        } else if (!part.isMimeType("text/*") && !part.isMimeType("message/*")) {
            found.attachments.add(new MailAttachment(part.getFileName(), part.getContentType(), part.getSize()));
        }
    }

    private static String plainOf(String html) {
        return html.replaceAll("(?is)<(script|style)[^>]*>.*?</\\1>", "")
                .replaceAll("(?i)<br\\s*/?>|</p>|</div>", "\n")
                .replaceAll("<[^>]+>", "")
                .replace("&nbsp;", " ")
                .replace("&lt;", "<")
                .replace("&gt;", ">")
                .replace("&quot;", "\"")
                .replace("&#39;", "'")
                .replace("&amp;", "&")
                .strip();
    }
}
