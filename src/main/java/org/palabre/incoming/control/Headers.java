package org.palabre.incoming.control;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/** What the pipeline reads from a message's headers: its key, sender, subject and the addresses it went to. */
record Headers(String messageKey, String sender, String subject, List<String> recipients) {

    /** Where mail servers write the address a message was delivered to, most precise first. */
    private static final List<String> RECIPIENT_HEADERS =
            List.of("Delivered-To", "X-Original-To", "Envelope-To", "To", "Cc");

    static Headers of(MimeMessage message, byte[] raw, List<String> envelopeRecipients) {
        List<String> recipients = new ArrayList<>(envelopeRecipients);
        String subject = null;
        String messageId = null;
        try {
            subject = message.getSubject();
            messageId = message.getMessageID();
            for (String name : RECIPIENT_HEADERS) {
                String[] values = message.getHeader(name);
                for (String value : values == null ? new String[0] : values) {
                    try {
                        for (InternetAddress address : InternetAddress.parseHeader(value, false)) {
                            if (address.getAddress() != null) {
                                recipients.add(address.getAddress());
                            }
                        }
                    } catch (AddressException e) {
                        // a broken header names no route; the others may
                    }
                }
            }
        } catch (MessagingException e) {
            // an unreadable header is as good as missing
        }
        String key = messageId == null || messageId.isBlank() || messageId.length() > 255
                ? "sha256:" + sha256(raw)
                : messageId.strip();
        return new Headers(key, Screening.sender(message).orElse(null), subject, List.copyOf(recipients));
    }

    private static String sha256(byte[] raw) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(raw));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
