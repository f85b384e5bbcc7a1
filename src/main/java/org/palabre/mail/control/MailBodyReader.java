package org.palabre.mail.control;

import jakarta.mail.BodyPart;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.ContentType;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeUtility;
import jakarta.mail.internet.ParseException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Reads the text of a mail answer and lists its files. In multipart/alternative the text/plain part wins (it is
 * what the member typed); HTML is used only when there is no plain text, and is turned into markdown safely.
 * Text parts are decoded with their declared charset (ISO-8859-1 read as windows-1252, as every mail client
 * does), or as UTF-8 falling back to windows-1252 when none is declared; format=flowed is unflowed. Files come
 * with their decoded bytes (the message is already whole in memory, under the mail-in size limit), and so do the
 * images an HTML alternative shows inline even when the plain-text alternative is the one read.
 */
public final class MailBodyReader {

    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    private record Text(String text, boolean html) {}

    public MailBody read(MimeMessage message) throws MessagingException, IOException {
        List<Text> texts = new ArrayList<>();
        List<MailAttachment> attachments = new ArrayList<>();
        walk(message, texts, attachments);
        boolean fromHtml = texts.stream().anyMatch(Text::html);
        List<String> parts = new ArrayList<>();
        for (Text text : texts) {
            String part = text.html()
                    ? HtmlMarkdown.toMarkdown(text.text())
                    : text.text().strip();
            if (!part.isEmpty()) {
                parts.add(part);
            }
        }
        return new MailBody(String.join("\n\n", parts), fromHtml, attachments);
    }

    private void walk(Part part, List<Text> texts, List<MailAttachment> attachments)
            throws MessagingException, IOException {
        ContentType type = contentType(part);
        String disposition = part.getDisposition();
        boolean attached = Part.ATTACHMENT.equalsIgnoreCase(disposition);
        if (type.match("multipart/*") && !attached) {
            Multipart multipart = (Multipart) part.getContent();
            if (type.match("multipart/alternative")) {
                alternative(multipart, texts, attachments);
            } else {
                for (int i = 0; i < multipart.getCount(); i++) {
                    walk(multipart.getBodyPart(i), texts, attachments);
                }
            }
        } else if (!attached && (type.match("text/plain") || type.match("text/html"))) {
            texts.add(text(part, type));
        } else if (attached || !type.match("text/*")) {
            attachments.add(attachment(part, type));
        }
    }

    /** The plain-text alternative if there is one with words in it, else the richest one we can read. */
    private void alternative(Multipart alternatives, List<Text> texts, List<MailAttachment> attachments)
            throws MessagingException, IOException {
        BodyPart chosen = null;
        for (int i = 0; i < alternatives.getCount(); i++) {
            BodyPart candidate = alternatives.getBodyPart(i);
            if (candidate.isMimeType("text/plain")
                    && !text(candidate, contentType(candidate)).text().isBlank()) {
                chosen = candidate;
                break;
            }
            if (candidate.isMimeType("text/html") || candidate.isMimeType("multipart/*")) {
                chosen = candidate;
            }
        }
        if (chosen != null) {
            walk(chosen, texts, attachments);
        }
        for (int i = 0; i < alternatives.getCount(); i++) {
            BodyPart other = alternatives.getBodyPart(i);
            if (other != chosen && other.isMimeType("multipart/related")) {
                // The HTML version's inline images: the text is the plain one, the pictures are still the member's.
                walk(other, new ArrayList<>(), attachments);
            }
        }
    }

    private Text text(Part part, ContentType type) throws MessagingException, IOException {
        byte[] bytes;
        try (InputStream in = part.getInputStream()) {
            bytes = in.readAllBytes();
        }
        // Mail lines end in CRLF; a post's lines end in LF.
        String text = decode(bytes, type.getParameter("charset")).replace("\r\n", "\n");
        boolean html = type.match("text/html");
        if (!html && "flowed".equalsIgnoreCase(type.getParameter("format"))) {
            text = FlowedText.unflow(text, "yes".equalsIgnoreCase(type.getParameter("delsp")));
        }
        return new Text(text, html);
    }

    static String decode(byte[] bytes, String declared) {
        Charset charset = null;
        if (declared != null && !declared.isBlank()) {
            String name = MimeUtility.javaCharset(declared.strip()).toLowerCase(Locale.ROOT);
            if (name.equals("iso-8859-1") || name.equals("iso8859_1") || name.equals("us-ascii")) {
                // Mislabelled windows-1252 is the norm (curly quotes, euro sign); it is a superset anyway.
                charset = WINDOWS_1252;
            } else if (Charset.isSupported(name)) {
                charset = Charset.forName(name);
            }
        }
        if (charset != null) {
            return new String(bytes, charset);
        }
        try {
            return StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
        } catch (CharacterCodingException notUtf8) {
            return new String(bytes, WINDOWS_1252);
        }
    }

    private MailAttachment attachment(Part part, ContentType type) throws MessagingException {
        String name = part.getFileName();
        if (name != null) {
            try {
                name = MimeUtility.decodeText(name);
            } catch (java.io.UnsupportedEncodingException undecodable) {
                // The raw name is still a name.
            }
        }
        byte[] content = content(part);
        return new MailAttachment(name, type.getBaseType().toLowerCase(Locale.ROOT), content.length, content);
    }

    private static byte[] content(Part part) {
        try (InputStream in = part.getInputStream()) {
            return in.readAllBytes();
        } catch (IOException | MessagingException unreadable) {
            return new byte[0];
        }
    }

    private static ContentType contentType(Part part) throws MessagingException {
        try {
            String header = part.getContentType();
            return new ContentType(header == null ? "text/plain" : header);
        } catch (ParseException malformed) {
            return new ContentType("application", "octet-stream", null);
        }
    }
}
