package org.palabre.accounts.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * When each member was last on the site, to within a minute: mail "only when I am away" needs it. Only that
 * one time is kept, and it is written at most once a minute per member.
 */
@ApplicationScoped
public class Presence {

    static final Duration PRECISION = Duration.ofMinutes(1);

    @PersistenceContext
    EntityManager entityManager;

    private final Map<Long, Instant> written = new ConcurrentHashMap<>();

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void seen(long accountId) {
        Instant now = Instant.now();
        Instant last = written.get(accountId);
        if (last != null && last.isAfter(now.minus(PRECISION))) {
            return;
        }
        written.put(accountId, now);
        if (written.size() > 100_000) {
            written.clear(); // a bound on memory; forgetting only costs one more write per member
        }
        entityManager.createNativeQuery("UPDATE accounts SET last_seen_at = :now WHERE id = :id")
                .setParameter("now", now).setParameter("id", accountId).executeUpdate();
    }
}
