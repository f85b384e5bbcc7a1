package org.palabre.incoming.control;

import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.palabre.mail.control.AutomaticMail;
import org.palabre.mail.control.MailComposer;

/**
 * The mail Palabre neither acts on nor answers, so that no two programs answer each other forever: automatic
 * mail, mail with no sender, other lists' mail, and Palabre's own mail coming back. Pure: the message and the
 * site's addresses decide.
 */
public final class Screening {

    private Screening() {}

    /** The message key saying why this mail is ignored, if it is. */
    public static Optional<String> ignored(MimeMessage message, String ownAddress, List<String> ownDomains) {
        try {
            if (message.getHeader(MailComposer.LOOP_HEADER) != null) {
                return Optional.of("incoming.ignored.own");
            }
            Optional<String> sender = sender(message);
            if (sender.isEmpty()) {
                return Optional.of("incoming.ignored.noSender");
            }
            if (AutomaticMail.isAutomatic(message)) {
                return Optional.of("incoming.ignored.automatic");
            }
            String from = sender.get();
            String fromDomain = from.substring(from.lastIndexOf('@') + 1);
            String fromLocal = from.substring(0, from.lastIndexOf('@'));
            if (from.equals(ownAddress)
                    || ownDomains.contains(fromDomain)
                            && (fromLocal.startsWith(MailRoute.BOUNCES) || fromLocal.contains("+"))) {
                return Optional.of("incoming.ignored.own");
            }
            String[] listIds = message.getHeader("List-Id");
            if (listIds != null && listIds.length > 0 && !ownList(listIds[0], ownDomains)) {
                return Optional.of("incoming.ignored.otherList");
            }
            String localLower = fromLocal.toLowerCase(Locale.ROOT);
            if (localLower.equals("mailer-daemon") || localLower.equals("postmaster")) {
                return Optional.of("incoming.ignored.automatic");
            }
            return Optional.empty();
        } catch (MessagingException e) {
            return Optional.of("incoming.ignored.unreadable");
        }
    }

    /** The address the mail is from, lowercased, if it names exactly one usable address. */
    public static Optional<String> sender(MimeMessage message) {
        try {
            Address[] from = message.getFrom();
            if (from == null || from.length != 1 || !(from[0] instanceof InternetAddress address)) {
                return Optional.empty();
            }
            String plain = address.getAddress();
            if (plain == null || plain.isBlank() || plain.indexOf('@') <= 0) {
                return Optional.empty();
            }
            return Optional.of(plain.strip().toLowerCase(Locale.ROOT));
        } catch (MessagingException e) {
            return Optional.empty();
        }
    }

    private static boolean ownList(String listId, List<String> ownDomains) {
        String id = listId.toLowerCase(Locale.ROOT);
        return ownDomains.stream().anyMatch(domain -> id.contains("." + domain + ">"));
    }
}
