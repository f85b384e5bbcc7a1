package org.palabre.mailing.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import org.palabre.mailing.entity.MailBounce;

/** Bounces and scores as administrators read them. */
@ApplicationScoped
public class BounceReview {

    @PersistenceContext
    EntityManager entityManager;

    /** A member's standing: their current address, score, and since when mail is stopped (null: it goes). */
    public record Row(
            long accountId, String username, String email, int score, Instant lastBounceAt, Instant stoppedAt) {}

    /** Members with a score, stopped ones first, then by their last bounce; scores of a former address are left out. */
    public List<Row> scores(int max) {
        return entityManager
                .createQuery(
                        "SELECT new org.palabre.mailing.control.BounceReview$Row(a.id, a.username, a.email, s.score, "
                                + "s.lastBounceAt, s.stoppedAt) FROM BounceScore s, Account a WHERE a.id = s.accountId "
                                + "AND a.emailKey = s.addressKey AND s.score > 0 "
                                + "ORDER BY CASE WHEN s.stoppedAt IS NULL THEN 1 ELSE 0 END, s.lastBounceAt DESC",
                        Row.class)
                .setMaxResults(max)
                .getResultList();
    }

    public List<MailBounce> latest(int max) {
        return entityManager
                .createQuery("SELECT b FROM MailBounce b ORDER BY b.receivedAt DESC, b.id DESC", MailBounce.class)
                .setMaxResults(max)
                .getResultList();
    }
}
