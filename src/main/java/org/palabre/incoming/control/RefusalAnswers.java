package org.palabre.incoming.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import org.palabre.accounts.entity.Account;
import org.palabre.mail.control.Mailer;
import org.palabre.mail.control.OutgoingMail;
import org.palabre.security.control.RateLimits;
import org.palabre.security.control.TooManyRequests;
import org.palabre.web.control.Messages;

/**
 * The answer to a refused mail: why, in the member's language (the site's default, French, for an unknown
 * sender), followed by the text they wrote so that nothing they typed is lost. It leaves through the ordinary
 * outgoing path, at most a few per address and hour, so that a sender that answers back cannot start a storm.
 */
@ApplicationScoped
public class RefusalAnswers {

    static final RateLimits.Limit ANSWERS = new RateLimits.Limit("mail-in-answer", 5, Duration.ofHours(1));

    @PersistenceContext
    EntityManager entityManager;

    @Inject
    Mailer mailer;

    @Inject
    RateLimits rateLimits;

    /** What was refused, and with what words. */
    public record Why(String key, Object... arguments) {}

    /** Sends the answer; false when the address had its share of answers this hour. */
    @Transactional(TxType.REQUIRES_NEW)
    public boolean answer(String to, Long accountId, String subject, Why why, String text) {
        try {
            rateLimits.take(ANSWERS, to);
        } catch (TooManyRequests e) {
            return false;
        }
        Account member = accountId == null ? null : entityManager.find(Account.class, accountId);
        Locale language = member == null ? Locale.FRENCH : Locale.forLanguageTag(member.language());
        ZoneId zone = member == null ? ZoneId.of("Europe/Paris") : zone(member.timeZone());
        mailer.send(OutgoingMail.plain(to, subject(language, subject), body(language, zone, why, text)));
        return true;
    }

    /**
     * Tells the member their mail was posted without these files, and why each was left out; false when the
     * address had its share of answers this hour. The whole mail stays in the incoming log.
     */
    @Transactional(TxType.REQUIRES_NEW)
    public boolean leftOut(String to, long accountId, String subject, List<MailFiles.LeftOut> files) {
        try {
            rateLimits.take(ANSWERS, to);
        } catch (TooManyRequests e) {
            return false;
        }
        Account member = entityManager.find(Account.class, accountId);
        Locale language = Locale.forLanguageTag(member.language());
        Messages texts = Messages.in(language);
        StringBuilder body = new StringBuilder(texts.get("incoming.leftOut.intro")).append("\n\n");
        for (MailFiles.LeftOut file : files) {
            String why = reason(texts, zone(member.timeZone()), file.why());
            body.append(texts.get("incoming.leftOut.file", file.name(), why)).append('\n');
        }
        body.append('\n').append(texts.get("incoming.leftOut.kept")).append('\n');
        String original = subject == null || subject.isBlank() ? "—" : subject;
        mailer.send(OutgoingMail.plain(to, texts.get("incoming.leftOut.subject", original), body.toString()));
        return true;
    }

    static String subject(Locale language, String original) {
        return Messages.in(language)
                .get("incoming.answer.subject", original == null || original.isBlank() ? "—" : original);
    }

    static String body(Locale language, ZoneId zone, Why why, String text) {
        Messages texts = Messages.in(language);
        return texts.get("incoming.answer.intro") + "\n\n"
                + reason(texts, zone, why) + "\n\n"
                + texts.get("incoming.answer.yourText") + "\n\n"
                + (text == null || text.isBlank() ? texts.get("incoming.answer.noText") : text.strip()) + "\n";
    }

    /** The refusal in words: the site's own error text for a refusal the site would show, else ours. */
    static String reason(Messages texts, ZoneId zone, Why why) {
        Object[] arguments = why.arguments().clone();
        for (int i = 0; i < arguments.length; i++) {
            if (arguments[i] instanceof Instant moment) {
                arguments[i] = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.LONG, FormatStyle.SHORT)
                        .withLocale(texts.locale())
                        .withZone(zone)
                        .format(moment);
            }
        }
        String key = known(why.key());
        return texts.has(key) ? texts.get(key, arguments) : texts.get("incoming.refused.other", key);
    }

    /** The message key of a refusal: the site's own error text when the site would show one, else ours. */
    public static String known(String key) {
        if (key == null) {
            return "incoming.refused.notFound";
        }
        Messages texts = Messages.in(Locale.ENGLISH);
        return !texts.has(key) && texts.has("error." + key) ? "error." + key : key;
    }

    private static ZoneId zone(String id) {
        try {
            return ZoneId.of(id);
        } catch (RuntimeException e) {
            return ZoneId.of("Europe/Paris");
        }
    }
}
