package org.palabre.mail.control;

import java.util.Map;
import java.util.Objects;

/**
 * A mail Palabre wants to send: one recipient, a subject, a plain-text body and optionally an HTML one.
 * Line breaks are taken out of everything that becomes a header, so user input can never add a header.
 * senderName, when given, is shown as the From name beside the site's address ("Camille via Palabre");
 * messageId, when given, is kept as it is, so a mail sent twice carries the same Message-ID.
 */
public record OutgoingMail(
        String to,
        String subject,
        String text,
        String html,
        Map<String, String> extraHeaders,
        String senderName,
        String messageId) {

    public OutgoingMail {
        to = singleLine(Objects.requireNonNull(to, "to"));
        subject = singleLine(Objects.requireNonNull(subject, "subject"));
        Objects.requireNonNull(text, "text");
        senderName = senderName == null ? null : singleLine(senderName);
        if (messageId != null && !messageId.matches("<[\\x21-\\x3b\\x3d\\x3f-\\x7e]+@[A-Za-z0-9.-]+>")) {
            throw new IllegalArgumentException("Not a Message-ID: " + messageId);
        }
        extraHeaders = extraHeaders == null ? Map.of() : Map.copyOf(extraHeaders);
        extraHeaders.forEach((name, value) -> {
            if (!name.matches("[A-Za-z0-9-]+") || !singleLine(value).equals(value)) {
                throw new IllegalArgumentException("A mail header must be one line: " + name);
            }
        });
    }

    public OutgoingMail(String to, String subject, String text, String html, Map<String, String> extraHeaders) {
        this(to, subject, text, html, extraHeaders, null, null);
    }

    public static OutgoingMail plain(String to, String subject, String text) {
        return new OutgoingMail(to, subject, text, null, Map.of());
    }

    /** The same mail with one more header, or with this header's value replaced. */
    public OutgoingMail withHeader(String name, String value) {
        Map<String, String> headers = new java.util.LinkedHashMap<>(extraHeaders);
        headers.put(name, value);
        return new OutgoingMail(to, subject, text, html, headers, senderName, messageId);
    }

    public static String singleLine(String value) {
        return value.replaceAll("[\\r\\n\\u0085\\u2028\\u2029\\x00]+", " ").strip();
    }
}
