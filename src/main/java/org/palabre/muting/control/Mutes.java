package org.palabre.muting.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.palabre.database.control.Upserts;

/**
 * Members a member muted: their posts never notify the muter, not even by a mention. Plain rows in SQL, as
 * the fan-out of notifications joins them.
 */
@ApplicationScoped
public class Mutes {

    @PersistenceContext
    EntityManager entityManager;

    @Inject
    Upserts upserts;

    @Transactional
    public boolean hasMuted(long accountId, long mutedId) {
        return !entityManager
                .createNativeQuery("SELECT 1 FROM member_mutes WHERE account_id = :account AND muted_id = :muted")
                .setParameter("account", accountId)
                .setParameter("muted", mutedId)
                .getResultList()
                .isEmpty();
    }

    /** Muting twice changes nothing (the first mute keeps its date); nobody mutes themselves. */
    @Transactional
    public void mute(long accountId, long mutedId) {
        if (accountId != mutedId) {
            upserts.insert("member_mutes")
                    .key("account_id", accountId)
                    .key("muted_id", mutedId)
                    .value("created_at", Instant.now())
                    .orIgnore();
        }
    }

    @Transactional
    public void unmute(long accountId, long mutedId) {
        entityManager
                .createNativeQuery("DELETE FROM member_mutes WHERE account_id = :account AND muted_id = :muted")
                .setParameter("account", accountId)
                .setParameter("muted", mutedId)
                .executeUpdate();
    }

    /** Those among the candidates who muted any of the given members. */
    @Transactional
    public Set<Long> mutersAmong(Collection<Long> candidates, Collection<Long> muted) {
        if (candidates.isEmpty() || muted.isEmpty()) {
            return Set.of();
        }
        List<?> ids = entityManager
                .createNativeQuery("SELECT account_id FROM member_mutes WHERE muted_id IN (:muted) "
                        + "AND account_id IN (:candidates)")
                .setParameter("muted", muted)
                .setParameter("candidates", candidates)
                .getResultList();
        return ids.stream().map(id -> ((Number) id).longValue()).collect(Collectors.toUnmodifiableSet());
    }
}
