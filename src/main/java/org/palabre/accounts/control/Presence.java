package org.palabre.accounts.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
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

    /** This bean through its proxy, so that the write below runs in a transaction of its own. */
    @Inject
    Presence self;

    /** Called on every signed-in request: costs a map lookup, and a database write once a minute per member. */
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
        self.write(accountId, now);
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void write(long accountId, Instant now) {
        entityManager
                .createNativeQuery("UPDATE accounts SET last_seen_at = :now WHERE id = :id")
                .setParameter("now", now)
                .setParameter("id", accountId)
                .executeUpdate();
    }
}
