package org.palabre.moderation.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.palabre.accounts.entity.Account;
import org.palabre.mail.control.Mailer;
import org.palabre.mail.control.OutgoingMail;
import org.palabre.web.control.Messages;

/** Tells a member, in their language and time zone, that they were silenced or suspended, and until when. */
@ApplicationScoped
public class ModerationMails {

    @Inject
    Mailer mailer;

    @Inject
    @ConfigProperty(name = "palabre.site.name", defaultValue = "Palabre")
    String siteName;

    public void silenced(Account member, Instant until, String reason) {
        send(member, "mail.silenced", until, reason);
    }

    public void suspended(Account member, Instant until, String reason) {
        send(member, "mail.suspended", until, reason);
    }

    private void send(Account member, String kind, Instant until, String reason) {
        Locale locale = Locale.forLanguageTag(member.language());
        Messages messages = Messages.in(locale);
        mailer.send(OutgoingMail.plain(
                member.email(),
                messages.get(kind + ".subject", siteName),
                messages.get(
                        kind + ".body", member.username(), when(until, locale, member.timeZone()), reason, siteName)));
    }

    static String when(Instant until, Locale locale, String zone) {
        ZoneId zoneId;
        try {
            zoneId = ZoneId.of(zone == null ? "Europe/Paris" : zone);
        } catch (java.time.DateTimeException e) {
            zoneId = ZoneId.of("Europe/Paris");
        }
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.LONG, FormatStyle.SHORT)
                .withLocale(locale)
                .withZone(zoneId)
                .format(until);
    }
}
