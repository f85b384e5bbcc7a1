package org.palabre.database.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;

/**
 * A version number per in-memory cache, so that a copy made on one server is dropped when another server changes
 * what it was made from. A change bumps the number in the transaction of the change; a reader compares it with the
 * number its copy was made from, read before the copy's data: one primary-key read of one row, less than any query
 * it saves. Cheaper than a message between servers and never missed, since nothing has to be delivered.
 */
@ApplicationScoped
public class CacheVersions {

    @PersistenceContext
    EntityManager entityManager;

    /** The named cache's version now (0 before its first change). */
    @Transactional
    public long current(String name) {
        List<?> found = entityManager
                .createNativeQuery("SELECT version FROM cache_versions WHERE name = ?1")
                .setParameter(1, name)
                .getResultList();
        return found.isEmpty() ? 0 : ((Number) found.get(0)).longValue();
    }

    /** Marks every server's copy of the named cache stale once the caller's transaction commits. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void changed(String name) {
        int bumped = entityManager
                .createNativeQuery("UPDATE cache_versions SET version = version + 1 WHERE name = ?1")
                .setParameter(1, name)
                .executeUpdate();
        if (bumped == 0) {
            throw new IllegalStateException("No row in cache_versions for " + name + ": a migration adds one");
        }
    }

    /**
     * The same, for a change already committed (work that ended outside any transaction of this caller's): the
     * bump commits on its own, before the caller's answer leaves.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void changedAfterCommit(String name) {
        changed(name);
    }
}
