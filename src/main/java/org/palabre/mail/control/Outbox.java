package org.palabre.mail.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.time.Instant;
import java.util.List;
import org.palabre.mail.entity.MailStatus;

/**
 * The outbox's state changes, as the workers make them. A worker claims due mails in a short transaction
 * of its own (FOR UPDATE SKIP LOCKED, so two workers, on one server or two, never claim the same row) and leases
 * them; every later change is made only while the lease is still the worker's, so a worker that was too slow
 * and lost its mails to another cannot mark them.
 */
@ApplicationScoped
public class Outbox {

    @PersistenceContext
    EntityManager entityManager;

    @Inject
    MailSettings settings;

    /** Claims up to max due mails for this worker, oldest first; they are its own until the lease runs out. */
    @Transactional(TxType.REQUIRES_NEW)
    public List<Long> claim(String worker, int max) {
        Instant now = Instant.now();
        List<?> due = entityManager
                .createNativeQuery("SELECT id FROM mail_outbox WHERE status = :pending AND send_after <= :now "
                        + "AND (lease_until IS NULL OR lease_until < :now) ORDER BY send_after, id LIMIT " + max
                        + " FOR UPDATE SKIP LOCKED")
                .setParameter("pending", MailStatus.PENDING.name())
                .setParameter("now", now)
                .getResultList();
        List<Long> ids = due.stream().map(id -> ((Number) id).longValue()).toList();
        if (!ids.isEmpty()) {
            entityManager
                    .createNativeQuery(
                            "UPDATE mail_outbox SET lease_owner = :worker, lease_until = :until, counted_at = NULL, "
                                    + "attempts = attempts + 1 "
                                    + "WHERE id IN (:ids)")
                    .setParameter("worker", worker)
                    .setParameter("until", now.plus(settings.lease()))
                    .setParameter("ids", ids)
                    .executeUpdate();
        }
        return ids;
    }

    /** The SMTP server accepted the mail. False when the lease was lost meanwhile (another worker has it). */
    @Transactional(TxType.REQUIRES_NEW)
    public boolean markSent(long id, String worker, String subject) {
        return entityManager
                        .createNativeQuery(
                                "UPDATE mail_outbox SET status = :sent, sent_at = :now, subject = :subject, "
                                        + "last_error = NULL, lease_owner = NULL, lease_until = NULL WHERE id = :id AND lease_owner = :worker")
                        .setParameter("sent", MailStatus.SENT.name())
                        .setParameter("now", Instant.now())
                        .setParameter("subject", clip(subject))
                        .setParameter("id", id)
                        .setParameter("worker", worker)
                        .executeUpdate()
                == 1;
    }

    /** A temporary failure: tried again at the given time, or given up (DEAD) when that is past the deadline. */
    @Transactional(TxType.REQUIRES_NEW)
    public void failedForNow(long id, String worker, String error) {
        Object[] row = (Object[]) entityManager
                .createNativeQuery("SELECT attempts, give_up_at FROM mail_outbox WHERE id = :id")
                .setParameter("id", id)
                .getSingleResult();
        int attempts = ((Number) row[0]).intValue();
        Instant giveUpAt = instant(row[1]);
        var next = settings.retrySchedule().next(attempts, Instant.now(), giveUpAt);
        if (next.isPresent()) {
            entityManager
                    .createNativeQuery(
                            "UPDATE mail_outbox SET send_after = :next, last_error = :error, lease_owner = NULL, "
                                    + "lease_until = NULL WHERE id = :id AND lease_owner = :worker")
                    .setParameter("next", next.get())
                    .setParameter("error", clip(error))
                    .setParameter("id", id)
                    .setParameter("worker", worker)
                    .executeUpdate();
        } else {
            // a message key the mail page shows in its reader's language, then the server's own words
            finish(id, worker, MailStatus.DEAD, "mail.dead.gaveUp: " + error);
        }
    }

    /** A permanent failure (the server refused the mail for good). */
    @Transactional(TxType.REQUIRES_NEW)
    public void failedForGood(long id, String worker, String error) {
        finish(id, worker, MailStatus.FAILED, error);
    }

    /**
     * A stopping server hands back what its idle workers still hold, so another server sends it now rather than
     * when the lease runs out. Not an attempt to send: the count the claim added is taken back.
     */
    @Transactional
    public int handBack(String workerPrefix) {
        return entityManager
                .createNativeQuery(
                        "UPDATE mail_outbox SET attempts = attempts - 1, lease_owner = NULL, lease_until = NULL "
                                + "WHERE status = :pending AND lease_owner LIKE :prefix")
                .setParameter("pending", MailStatus.PENDING.name())
                .setParameter("prefix", workerPrefix + "%")
                .executeUpdate();
    }

    /**
     * Not sent yet, and not given up either: the mail goes back to the queue until the given time (inside the
     * transaction that decided it). This was no attempt to send, so it does not count as one, and the time given
     * for retries starts again from then.
     */
    @Transactional(TxType.MANDATORY)
    public void holdUntil(long id, String worker, Instant until, String reason) {
        entityManager
                .createNativeQuery("UPDATE mail_outbox SET send_after = :until, give_up_at = :giveUp, "
                        + "attempts = attempts - 1, last_error = :reason, lease_owner = NULL, lease_until = NULL "
                        + "WHERE id = :id AND lease_owner = :worker")
                .setParameter("until", until)
                .setParameter("giveUp", until.plus(settings.keepTrying()))
                .setParameter("reason", clip(reason))
                .setParameter("id", id)
                .setParameter("worker", worker)
                .executeUpdate();
    }

    /**
     * The daily cap counted these mails, which this worker is about to send (inside the transaction that decided
     * it): until they are marked sent, another worker counts them while this one holds their lease.
     */
    @Transactional(TxType.MANDATORY)
    public void counted(List<Long> ids, String worker) {
        if (ids.isEmpty()) {
            return;
        }
        entityManager
                .createNativeQuery(
                        "UPDATE mail_outbox SET counted_at = :now WHERE id IN (:ids) AND lease_owner = :worker")
                .setParameter("now", Instant.now())
                .setParameter("ids", ids)
                .setParameter("worker", worker)
                .executeUpdate();
    }

    /** Decided not to send (inside the transaction that decided it). */
    @Transactional(TxType.MANDATORY)
    public void cancel(long id, String worker, String reason) {
        finish(id, worker, MailStatus.CANCELLED, reason);
    }

    private void finish(long id, String worker, MailStatus status, String reason) {
        entityManager
                .createNativeQuery("UPDATE mail_outbox SET status = :status, last_error = :reason, lease_owner = NULL, "
                        + "lease_until = NULL WHERE id = :id AND lease_owner = :worker")
                .setParameter("status", status.name())
                .setParameter("reason", clip(reason))
                .setParameter("id", id)
                .setParameter("worker", worker)
                .executeUpdate();
    }

    private static String clip(String value) {
        return value == null || value.length() <= 1000 ? value : value.substring(0, 1000);
    }

    private static Instant instant(Object value) {
        if (value instanceof Instant instant) {
            return instant;
        }
        if (value instanceof java.time.OffsetDateTime offset) {
            return offset.toInstant();
        }
        if (value instanceof java.sql.Timestamp timestamp) {
            return timestamp.toInstant();
        }
        throw new IllegalStateException("Unexpected timestamp type " + value.getClass());
    }
}
