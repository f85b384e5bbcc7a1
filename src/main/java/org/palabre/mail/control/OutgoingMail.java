package org.palabre.mail.control;

import java.util.Map;
import java.util.Objects;

/**
 * A mail Palabre wants to send: one recipient, a subject, a plain-text body and optionally an HTML one.
 * Line breaks are taken out of everything that becomes a header, so user input can never add a header.
 */
public record OutgoingMail(String to, String subject, String text, String html, Map<String, String> extraHeaders) {

    public OutgoingMail {
        to = singleLine(Objects.requireNonNull(to, "to"));
        subject = singleLine(Objects.requireNonNull(subject, "subject"));
        Objects.requireNonNull(text, "text");
        extraHeaders = extraHeaders == null ? Map.of() : Map.copyOf(extraHeaders);
        extraHeaders.forEach((name, value) -> {
            if (!name.matches("[A-Za-z0-9-]+") || !singleLine(value).equals(value)) {
                throw new IllegalArgumentException("A mail header must be one line: " + name);
            }
        });
    }

    public static OutgoingMail plain(String to, String subject, String text) {
        return new OutgoingMail(to, subject, text, null, Map.of());
    }

    static String singleLine(String value) {
        return value.replaceAll("[\\r\\n\\u0085\\u2028\\u2029]+", " ").strip();
    }
}
