package org.palabre.database.control;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import javax.sql.DataSource;

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

    @Resource(lookup = PalabreDataSource.JNDI_NAME)
    DataSource dataSource;

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
     * The same, for a change already committed (work that ended outside any transaction of the caller's): one
     * autocommitted statement on a connection of its own, not a transaction of the platform's, so a request that
     * wrote still begins one transaction in all.
     */
    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    public void changedAfterCommit(String name) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement bump =
                        connection.prepareStatement("UPDATE cache_versions SET version = version + 1 WHERE name = ?")) {
            bump.setString(1, name);
            if (bump.executeUpdate() == 0) {
                throw new IllegalStateException("No row in cache_versions for " + name + ": a migration adds one");
            }
        } catch (SQLException e) {
            throw new IllegalStateException("The version of " + name + " could not be raised", e);
        }
    }
}
