package org.palabre.mail.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.palabre.mail.entity.MailStatus;
import org.palabre.mail.entity.OutboxMail;

/** What administrators see of the outbox at /admin/mail, and the retry of a mail that was given up. */
@ApplicationScoped
public class OutboxReview {

    @PersistenceContext
    EntityManager entityManager;

    @Inject
    MailSettings settings;

    @Inject
    MailDelivery delivery;

    @Transactional
    public Map<MailStatus, Long> counts() {
        Map<MailStatus, Long> counts = new EnumMap<>(MailStatus.class);
        for (MailStatus status : MailStatus.values()) {
            counts.put(status, 0L);
        }
        entityManager
                .createQuery("SELECT m.status, COUNT(m) FROM OutboxMail m GROUP BY m.status", Object[].class)
                .getResultList()
                .forEach(row -> counts.put((MailStatus) row[0], (Long) row[1]));
        return counts;
    }

    /** The latest mails in this state, newest first (pending ones by when they are due). */
    @Transactional
    public List<OutboxMail> latest(MailStatus status, int limit) {
        String order = status == MailStatus.PENDING ? "m.sendAfter, m.id" : "m.id DESC";
        return entityManager
                .createQuery("SELECT m FROM OutboxMail m WHERE m.status = :status ORDER BY " + order, OutboxMail.class)
                .setParameter("status", status)
                .setMaxResults(limit)
                .getResultList();
    }

    /** Sends a dead or failed mail again; false when it is in no such state. */
    @Transactional
    public boolean retry(long id) {
        OutboxMail mail = entityManager.find(OutboxMail.class, id);
        boolean retried = mail != null && mail.retry(settings.keepTrying());
        return retried;
    }

    public void sendSoon() {
        delivery.soon();
    }

    /** The addresses of the recipients of these mails, for the page (one query). */
    @Transactional
    public Map<Long, String> recipients(List<OutboxMail> mails) {
        List<Long> ids = mails.stream()
                .map(OutboxMail::recipientId)
                .filter(java.util.Objects::nonNull)
                .distinct()
                .toList();
        if (ids.isEmpty()) {
            return Map.of();
        }
        Map<Long, String> emails = new java.util.HashMap<>();
        entityManager
                .createQuery("SELECT a.id, a.email FROM Account a WHERE a.id IN :ids", Object[].class)
                .setParameter("ids", ids)
                .getResultList()
                .forEach(row -> emails.put((Long) row[0], (String) row[1]));
        return emails;
    }
}
