package org.palabre.mail.control;

import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Whether a mail was written by a machine (auto-reply, out-of-office, bounce, list robot) rather than by a
 * member: such mails must never become posts, nor be answered (RFC 3834, and the headers Microsoft and list
 * software use in its place). A mail that cannot be read counts as automatic.
 */
public final class AutomaticMail {

    private static final Pattern ROBOT_SENDER =
            Pattern.compile("^(?:mailer-daemon|postmaster)(?:@.*)?$", Pattern.CASE_INSENSITIVE);

    public static boolean isAutomatic(MimeMessage m) {
        try {
            return autoSubmitted(m)
                    || m.getHeader("X-Autoreply") != null
                    || m.getHeader("X-Autorespond") != null
                    || m.getHeader("X-Failed-Recipients") != null
                    || first(m, "Precedence").matches("(?i)^\\s*(bulk|junk|list|auto_reply)\\b.*")
                    || first(m, "X-Auto-Response-Suppress").matches("(?i).*\\b(all|oof|autoreply)\\b.*")
                    || emptyReturnPath(m)
                    || m.isMimeType("multipart/report")
                    || robotSender(m);
        } catch (MessagingException unreadable) {
            return true;
        }
    }

    private static boolean autoSubmitted(MimeMessage m) throws MessagingException {
        String value = first(m, "Auto-Submitted").strip().toLowerCase(Locale.ROOT);
        return !value.isEmpty() && !value.startsWith("no");
    }

    private static boolean emptyReturnPath(MimeMessage m) throws MessagingException {
        String[] paths = m.getHeader("Return-Path");
        if (paths == null) {
            return false;
        }
        for (String path : paths) {
            String stripped = path.replaceAll("\\s", "");
            if (stripped.isEmpty() || stripped.equals("<>") || stripped.equalsIgnoreCase("<null>")) {
                return true;
            }
        }
        return false;
    }

    private static boolean robotSender(MimeMessage m) throws MessagingException {
        Address[] from = m.getFrom();
        if (from == null) {
            return false;
        }
        for (Address address : from) {
            String email = address instanceof InternetAddress internet ? internet.getAddress() : address.toString();
            if (email != null && ROBOT_SENDER.matcher(email.strip()).matches()) {
                return true;
            }
        }
        return false;
    }

    private static String first(MimeMessage m, String name) throws MessagingException {
        String value = m.getHeader(name, ",");
        return value == null ? "" : value;
    }
}
