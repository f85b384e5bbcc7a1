package org.palabre.mail.control;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.palabre.mail.entity.BounceKind;

/**
 * Bounces that carry no RFC 3464 report, read from their words: qmail ("This is the qmail-send program"), Exim
 * ("This message was created automatically by mail delivery software"), Postfix ("Undelivered Mail Returned to
 * Sender"), Gmail ("Address not found"), Exchange and Office 365 ("Undeliverable:"), Yahoo, and the French
 * wordings of Orange, Free or Exchange ("Message non remis", "Échec de la remise"). A message is taken for a
 * bounce only when its sender or subject says it comes from a mail system, so an out-of-office reply never counts.
 */
final class BounceText {

    private static final Pattern FROM_MAIL_SYSTEM =
            Pattern.compile("(?i)mailer-daemon|postmaster|mail delivery (sub)?system|mail delivery service");
    private static final Pattern BOUNCE_SUBJECT = Pattern.compile("(?i)undeliver|undelivered|returned mail|"
            + "delivery (status notification|failure|has failed|failed)|failure notice|mail delivery failed|"
            + "message not delivered|non remis|non délivré|échec de (la )?remise|echec de (la )?remise|"
            + "warning: message .* delayed|delayed mail|remise différée|could not be delivered");
    private static final Pattern SOFT_WORDS = Pattern.compile("(?i)mailbox (is )?full|over ?quota|quota exceeded|"
            + "exceeded (the|its|their) (storage )?(quota|limit)|insufficient (system )?storage|boîte (aux lettres )?(est )?pleine|"
            + "boite (aux lettres )?pleine|espace de stockage|greylist|try again later|temporar|deferred|"
            + "will (be )?retr|still trying|delayed|has not yet been delivered|n'a pas encore été remis|différé|"
            + "réessaiera|mailbox unavailable at this time|rate limited|too many (messages|connections)");
    private static final Pattern ENHANCED = Pattern.compile("(?<![\\d.])([245])\\.(\\d{1,3})\\.(\\d{1,3})(?![\\d.])");
    private static final Pattern REPLY_CODE = Pattern.compile("(?m)(?<![\\d.#])([45]\\d\\d)[ -](?=\\D)");
    private static final String ADDRESS = "[A-Za-z0-9._%+'=-]+@[A-Za-z0-9.-]+\\.[A-Za-z]{2,}";
    /** Where the failed address sits in each known wording, most specific first. */
    private static final Pattern[] RECIPIENT = {
        Pattern.compile("(?m)^<(" + ADDRESS + ")>:"), // qmail, Yahoo, Postfix
        Pattern.compile("(?is)(?:following (?:address|recipient)(?:\\(es\\))?(?: failed)?[^\\n]*:|"
                + "to these recipients or groups:|destinataires ou groupes[^\\n]*:|adresses? suivantes?[^\\n]*:|destinataires? suivants?[^\\n]*:)"
                + "\\s*<?(" + ADDRESS + ")"),
        Pattern.compile("(?i)(?:wasn't delivered to|was not delivered to|couldn't be delivered to|"
                + "could not be delivered to|n'a pas pu être remis à|n'a pas été remis à|n'a pas pu être distribué à|"
                + "delivery to)\\s*\\*{0,2}<?(" + ADDRESS + ")"),
        Pattern.compile("(?i)message to\\s*<?(" + ADDRESS + ")>?\\s*(?:couldn't|could not|wasn't|was not)"),
        Pattern.compile("(?m)^\\s+<?(" + ADDRESS + ")>?\\s*$"), // Exim's indented list
    };

    private BounceText() {}

    static Optional<Bounce> read(
            String from, String subject, String failedRecipients, String text, String originalHeaders) {
        boolean fromSystem = from != null && FROM_MAIL_SYSTEM.matcher(from).find();
        boolean bounceSubject =
                subject != null && BOUNCE_SUBJECT.matcher(subject).find();
        if (!fromSystem && !bounceSubject) {
            return Optional.empty();
        }
        String report = beforeCopy(text);
        String recipient = failedRecipients != null && failedRecipients.contains("@")
                ? failedRecipients.split(",")[0].strip().toLowerCase(Locale.ROOT)
                : recipient(report, text, originalHeaders);
        String status = status(report);
        boolean soft = SOFT_WORDS.matcher(report).find()
                || subject != null && SOFT_WORDS.matcher(subject).find()
                || status != null && status.startsWith("4");
        if (status == null) {
            status = soft ? "4.0.0" : "5.0.0";
        }
        BounceKind kind = soft ? BounceKind.SOFT : kindOf(status, report);
        return Optional.of(new Bounce(kind, status, recipient, diagnostic(report), null));
    }

    /** 4.x.x and a full mailbox (5.2.2) pass; other 5.x.x mean the address is dead. */
    static BounceKind kindOf(String status, String diagnostic) {
        if (status.startsWith("4") || status.equals("5.2.2")) {
            return BounceKind.SOFT;
        }
        return diagnostic != null && SOFT_WORDS.matcher(diagnostic).find() ? BounceKind.SOFT : BounceKind.HARD;
    }

    /** The bounce's own words end where the copy of the returned message begins. */
    private static String beforeCopy(String text) {
        Matcher copy = Pattern.compile("(?im)^.*(this is a copy of the message|below this line is a copy|"
                        + "original message (headers|follows)|--- ?original message|^Received: |"
                        + "^Return-Path: |en-têtes du message d'origine)")
                .matcher(text);
        return copy.find() ? text.substring(0, copy.start()) : text;
    }

    private static String status(String report) {
        Matcher enhanced = ENHANCED.matcher(report);
        if (enhanced.find()) {
            return enhanced.group();
        }
        Matcher code = REPLY_CODE.matcher(report);
        return code.find() ? code.group(1).charAt(0) + ".0.0" : null;
    }

    private static String recipient(String report, String text, String originalHeaders) {
        for (Pattern pattern : RECIPIENT) {
            Matcher found = pattern.matcher(report);
            while (found.find()) {
                String address = found.group(1).toLowerCase(Locale.ROOT);
                if (!FROM_MAIL_SYSTEM.matcher(address).find() && !address.startsWith("bounces+")) {
                    return address;
                }
            }
        }
        Matcher to = Pattern.compile("(?im)^To:[^\\n]*?<?(" + ADDRESS + ")>?").matcher(originalHeaders + "\n" + text);
        return to.find() ? to.group(1).toLowerCase(Locale.ROOT) : null;
    }

    /** The server's sentence: the line holding the status code, or the first lines that say something. */
    private static String diagnostic(String report) {
        for (String line : report.split("\\r?\\n")) {
            String said = line.strip();
            if (ENHANCED.matcher(said).find() || REPLY_CODE.matcher(said + " ").find()) {
                return clip(said);
            }
        }
        return clip(report.strip().replaceAll("\\s+", " "));
    }

    private static String clip(String text) {
        return text.length() <= 500 ? text : text.substring(0, 500);
    }
}
