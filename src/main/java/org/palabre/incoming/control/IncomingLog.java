package org.palabre.incoming.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.palabre.accounts.entity.Account;
import org.palabre.incoming.entity.IncomingMail;
import org.palabre.incoming.entity.IncomingOutcome;

/**
 * The received mails, each claimed in a transaction of its own: the unique message key lets one server, or one
 * delivery, claim a message and every other attempt find it taken, whatever restarts in between.
 */
@ApplicationScoped
public class IncomingLog {

    @PersistenceContext
    EntityManager entityManager;

    /** Claims the message: its row id, or empty when it was received before (the row then counts one more). */
    @Transactional(TxType.REQUIRES_NEW)
    public Optional<Long> claim(IncomingMail mail) {
        if (countAgain(mail.messageKey())) {
            return Optional.empty();
        }
        entityManager.persist(mail);
        entityManager.flush(); // a second server's insert of the same key fails here, and its caller retries
        return Optional.of(mail.id());
    }

    /** Counts one more delivery of a message already received; false when there is none yet. */
    @Transactional(TxType.REQUIRES_NEW)
    public boolean countAgain(String messageKey) {
        List<IncomingMail> found = entityManager
                .createQuery("SELECT m FROM IncomingMail m WHERE m.messageKey = :key", IncomingMail.class)
                .setParameter("key", messageKey)
                .getResultList();
        found.forEach(IncomingMail::deliveredAgain);
        return !found.isEmpty();
    }

    @Transactional(TxType.REQUIRES_NEW)
    public void conclude(long id, IncomingOutcome outcome, String reason, Long account, Long post, boolean answered) {
        entityManager.find(IncomingMail.class, id).conclude(outcome, reason, account, post, answered);
    }

    /** The active member whose account uses this address, if any. */
    @Transactional
    public Optional<Long> memberWriting(String address) {
        if (address == null) {
            return Optional.empty();
        }
        return entityManager
                .createNamedQuery(Account.BY_EMAIL, Account.class)
                .setParameter("key", Account.loginKey(address))
                .getResultStream()
                .filter(Account::isActive)
                .map(Account::id)
                .findFirst();
    }

    @Transactional
    public List<IncomingMail> newest(int count) {
        return entityManager
                .createQuery("SELECT m FROM IncomingMail m ORDER BY m.receivedAt DESC, m.id DESC", IncomingMail.class)
                .setMaxResults(count)
                .getResultList();
    }

    @Transactional
    public Optional<IncomingMail> find(long id) {
        return Optional.ofNullable(entityManager.find(IncomingMail.class, id));
    }

    /** The received mail a post was made from, for staff who want to see what arrived. */
    @Transactional
    public Optional<IncomingMail> ofPost(long postId) {
        return entityManager
                .createQuery("SELECT m FROM IncomingMail m WHERE m.postId = :post", IncomingMail.class)
                .setParameter("post", postId)
                .getResultStream()
                .findFirst();
    }

    @Transactional
    public Map<IncomingOutcome, Long> counts() {
        Map<IncomingOutcome, Long> counts = new java.util.EnumMap<>(IncomingOutcome.class);
        for (Object[] row : entityManager
                .createQuery("SELECT m.outcome, COUNT(m) FROM IncomingMail m GROUP BY m.outcome", Object[].class)
                .getResultList()) {
            counts.put((IncomingOutcome) row[0], (Long) row[1]);
        }
        return counts;
    }
}
