package org.palabre.mail.control;

import jakarta.mail.BodyPart;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeUtility;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.palabre.mail.entity.BounceKind;

/**
 * Reads a bounce: a standard delivery status notification (RFC 3464, multipart/report with a
 * message/delivery-status part) first, else the text that qmail, Exim, Postfix, Gmail, Exchange, Yahoo and
 * French providers write ({@link BounceText}). Anything else, an out-of-office reply or a human answer, is no
 * bounce. Pure: the same bytes give the same answer.
 */
public final class BounceParser {

    private static final Session PARSING = Session.getInstance(new Properties());
    private static final Pattern FIELD = Pattern.compile("(?im)^([A-Za-z-]+):[ \\t]*(.*(?:\\r?\\n[ \\t]+.*)*)$");
    private static final Pattern MESSAGE_ID =
            Pattern.compile("(?im)^Message-ID:[ \\t]*(?:\\r?\\n[ \\t]+)?(<[^>\\s]+>)");

    private BounceParser() {}

    public static Optional<Bounce> parse(byte[] raw) {
        MimeMessage message;
        Parts parts = new Parts();
        try {
            message = new MimeMessage(PARSING, new ByteArrayInputStream(raw));
            parts.walk(message);
        } catch (MessagingException | IOException | RuntimeException e) {
            return Optional.empty(); // unreadable: not something to count against a member
        }
        String originalId = originalMessageId(parts, header(message, "Message-ID"));
        if (parts.deliveryStatus.length() > 0) {
            return fromDeliveryStatus(parts.deliveryStatus.toString(), originalId);
        }
        String subject = header(message, "Subject");
        String from = header(message, "From");
        String text = parts.text.toString();
        return BounceText.read(
                        from, subject, header(message, "X-Failed-Recipients"), text, parts.originalHeaders.toString())
                .map(b -> new Bounce(b.kind(), b.status(), b.recipient(), b.diagnostic(), originalId));
    }

    /** RFC 3464: per-message fields, then one block per recipient; the first failed or delayed one counts. */
    static Optional<Bounce> fromDeliveryStatus(String report, String originalId) {
        for (String block : report.split("\\r?\\n[ \\t]*\\r?\\n")) {
            String action = null;
            String status = null;
            String recipient = null;
            String original = null;
            String diagnostic = null;
            Matcher field = FIELD.matcher(block);
            while (field.find()) {
                String value = field.group(2).replaceAll("\\r?\\n[ \\t]+", " ").strip();
                switch (field.group(1).toLowerCase()) {
                    case "action" -> action = value.toLowerCase();
                    case "status" -> status = value.split("\\s")[0];
                    case "final-recipient" -> recipient = address(value);
                    case "original-recipient" -> original = address(value);
                    case "diagnostic-code" -> diagnostic = value.replaceFirst("(?i)^smtp;\\s*", "");
                    default -> {
                        // other fields (Reporting-MTA, Remote-MTA, Last-Attempt-Date) say nothing we count on
                    }
                }
            }
            if (action == null || !(action.startsWith("failed") || action.startsWith("delayed"))) {
                continue; // delivered, relayed, expanded: good news, not a bounce
            }
            if (status == null || !status.matches("[245]\\.\\d{1,3}\\.\\d{1,3}")) {
                status = action.startsWith("failed") ? "5.0.0" : "4.0.0";
            }
            BounceKind kind = action.startsWith("delayed") ? BounceKind.SOFT : BounceText.kindOf(status, diagnostic);
            return Optional.of(
                    new Bounce(kind, status, recipient != null ? recipient : original, diagnostic, originalId));
        }
        return Optional.empty();
    }

    private static String address(String typed) {
        String value = typed.contains(";") ? typed.substring(typed.indexOf(';') + 1) : typed;
        value = value.strip().replaceAll("^<|>$", "").strip();
        return value.contains("@") ? value.toLowerCase() : null;
    }

    /** The Message-ID of the returned mail: in its attached copy or headers, or in the quoted copy in the text. */
    private static String originalMessageId(Parts parts, String ownId) {
        for (String candidates : new String[] {parts.originalHeaders.toString(), parts.text.toString()}) {
            Matcher id = MESSAGE_ID.matcher(candidates);
            while (id.find()) {
                if (!id.group(1).equals(ownId)) {
                    return id.group(1);
                }
            }
        }
        return null;
    }

    private static String header(Part part, String name) {
        try {
            String[] values = part.getHeader(name);
            return values == null ? null : MimeUtility.decodeText(values[0]);
        } catch (MessagingException | java.io.UnsupportedEncodingException e) {
            return null;
        }
    }

    /** The texts of a message, sorted by role: human-readable, machine-readable report, returned headers. */
    private static final class Parts {
        final StringBuilder text = new StringBuilder();
        final StringBuilder deliveryStatus = new StringBuilder();
        final StringBuilder originalHeaders = new StringBuilder();

        void walk(Part part) throws MessagingException, IOException {
            String type = part.getContentType() == null
                    ? "text/plain"
                    : part.getContentType().toLowerCase();
            if (type.startsWith("multipart/")) {
                Multipart multipart = (Multipart) part.getContent();
                for (int i = 0; i < multipart.getCount(); i++) {
                    BodyPart child = multipart.getBodyPart(i);
                    walk(child);
                }
            } else if (type.startsWith("message/delivery-status")
                    || type.startsWith("message/global-delivery-status")) {
                deliveryStatus.append(read(part.getInputStream())).append("\n\n");
            } else if (type.startsWith("message/rfc822")
                    || type.startsWith("text/rfc822-headers")
                    || type.startsWith("message/rfc822-headers")) {
                String copy = read(part.getInputStream());
                int end = copy.indexOf("\n\n") < 0 ? copy.indexOf("\r\n\r\n") : copy.indexOf("\n\n");
                originalHeaders.append(end < 0 ? copy : copy.substring(0, end)).append('\n');
            } else if (type.startsWith("text/plain")) {
                text.append(String.valueOf(part.getContent())).append('\n');
            } else if (type.startsWith("text/html") && text.length() == 0) {
                text.append(String.valueOf(part.getContent())
                                .replaceAll("<[^>]*>", " ")
                                .replace("&nbsp;", " "))
                        .append('\n');
            }
        }

        private static String read(InputStream in) throws IOException {
            try (in) {
                return new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
        }
    }
}
