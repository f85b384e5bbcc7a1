package org.palabre.mail.control;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.util.Locale;

/**
 * Whether a received mail was sent by a program rather than a person (RFC 3834 and the headers vacation
 * responders and Exchange use): such mail is never posted and never answered, so two robots cannot talk forever.
 */
public final class AutomaticMail {

    private AutomaticMail() {}

    public static boolean isAutomatic(MimeMessage m) {
        try {
            String autoSubmitted = first(m, "Auto-Submitted");
            if (autoSubmitted != null
                    && !autoSubmitted.strip().toLowerCase(Locale.ROOT).startsWith("no")) {
                return true;
            }
            if (first(m, "X-Autoreply") != null
                    || first(m, "X-Autorespond") != null
                    || first(m, "X-Auto-Response-Suppress") != null) {
                return true;
            }
            String precedence = first(m, "Precedence");
            if (precedence != null
                    && precedence.strip().toLowerCase(Locale.ROOT).matches("bulk|junk|list|auto_reply")) {
                return true;
            }
            String returnPath = first(m, "Return-Path");
            return returnPath != null && returnPath.replaceAll("\\s", "").equals("<>");
        } catch (MessagingException e) {
            return false;
        }
    }

    private static String first(MimeMessage m, String name) throws MessagingException {
        String[] values = m.getHeader(name);
        return values == null || values.length == 0 ? null : values[0];
    }
}
