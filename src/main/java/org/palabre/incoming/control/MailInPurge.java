package org.palabre.incoming.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.palabre.database.control.RecurringJob;
import org.palabre.mailing.control.ReplyKeys;

/**
 * Forgets old mail once a day on one server: received mails (whole originals, with whatever they said about their
 * senders) and reply keys expired for longer than the retention ({@code palabre.mail.in.keep-days}, README). A
 * message redelivered after that long would be taken as new; no mail server retries for months.
 */
@ApplicationScoped
public class MailInPurge implements RecurringJob {

    private static final Logger LOG = Logger.getLogger(MailInPurge.class.getName());

    @PersistenceContext
    EntityManager entityManager;

    @Inject
    ReplyKeys replyKeys;

    @Inject
    @ConfigProperty(name = "palabre.mail.in.keep-days", defaultValue = "90")
    int keepDays;

    /** What one run deleted. */
    public record Purged(int mails, int replyKeys) {}

    @Override
    public String name() {
        return "mail-in-purge";
    }

    @Override
    public Duration every() {
        return Duration.ofHours(24);
    }

    @Override
    @Transactional
    public void run() {
        Purged purged = purgeBefore(Instant.now().minus(Duration.ofDays(Math.max(1, keepDays))));
        LOG.info(() -> "Mail in purge: " + purged.mails() + " mails, " + purged.replyKeys() + " reply keys");
    }

    Purged purgeBefore(Instant moment) {
        int mails = entityManager
                .createQuery("DELETE FROM IncomingMail m WHERE m.receivedAt < :moment")
                .setParameter("moment", moment)
                .executeUpdate();
        return new Purged(mails, replyKeys.deleteExpiredBefore(moment));
    }
}
