package org.palabre.security.control;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.palabre.database.control.PalabreDataSource;

/**
 * Token buckets in the database, so that every server sharing it counts the same attempts. Each bucket is one row
 * holding one number, as in GCRA (the cell-rate form of a token bucket): the time at which the bucket would be full
 * again. An attempt moves it one refill interval later if that stays within the limit's period from now; one
 * statement on PostgreSQL ({@code INSERT ... ON CONFLICT DO UPDATE ... RETURNING}), atomic without a lock held
 * past it. Outside the request's transaction: an attempt counts even when the request then fails, and concurrent
 * requests never wait on each other's row until their commits.
 */
@ApplicationScoped
public class SharedBuckets {

    /*
     * ?1 action, ?2 key, ?3 now, ?4 refill interval, ?5 period. In an UPDATE, every right-hand side reads the row as
     * it was, so allowed and due_at are decided from the same old value.
     */
    private static final String MOVE = "allowed = (GREATEST(b.due_at, ?3) + ?4 <= ?3 + ?5), "
            + "due_at = CASE WHEN GREATEST(b.due_at, ?3) + ?4 <= ?3 + ?5 THEN GREATEST(b.due_at, ?3) + ?4 "
            + "ELSE b.due_at END";
    private static final String TAKE_POSTGRESQL =
            "INSERT INTO rate_limit_buckets AS b (action, key_hash, due_at, allowed) "
                    + "VALUES (?1, ?2, ?3 + ?4, ?4 <= ?5) ON CONFLICT (action, key_hash) DO UPDATE SET " + MOVE
                    + " RETURNING b.due_at, b.allowed";
    private static final String UPDATE =
            "UPDATE rate_limit_buckets b SET " + MOVE + " WHERE b.action = ?1 AND b.key_hash = ?2";
    private static final String INSERT = "INSERT INTO rate_limit_buckets (action, key_hash, due_at, allowed) "
            + "VALUES (?1, ?2, ?3 + ?4, ?4 <= ?5) ON CONFLICT DO NOTHING";
    private static final String READ =
            "SELECT due_at, allowed FROM rate_limit_buckets WHERE action = ?1 AND key_hash = ?2";
    private static final String GIVE_BACK =
            "UPDATE rate_limit_buckets SET due_at = GREATEST(due_at - ?4, ?3) " + "WHERE action = ?1 AND key_hash = ?2";
    private static final String SWEEP = "DELETE FROM rate_limit_buckets WHERE due_at < ?1";

    @Resource(lookup = PalabreDataSource.JNDI_NAME)
    DataSource dataSource;

    /** Takes one attempt: 0 when allowed, else how many milliseconds until the next one is. */
    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    public long take(String action, String keyHash, RateLimits.Limit limit, boolean postgreSql) {
        try (Connection connection = dataSource.getConnection()) {
            return take(connection, postgreSql, action, keyHash, limit, System.currentTimeMillis());
        } catch (SQLException e) {
            throw new IllegalStateException("Counting an attempt failed", e);
        }
    }

    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    public void giveBack(String action, String keyHash, RateLimits.Limit limit) {
        try (Connection connection = dataSource.getConnection()) {
            run(connection, GIVE_BACK, action, keyHash, System.currentTimeMillis(), interval(limit), 0);
        } catch (SQLException e) {
            throw new IllegalStateException("Giving an attempt back failed", e);
        }
    }

    /** Deletes the buckets that are full again: they mean the same as no row. */
    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    public int sweep() {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement delete = connection.prepareStatement(SWEEP.replace("?1", "?"))) {
            delete.setLong(1, System.currentTimeMillis());
            return delete.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("Sweeping full buckets failed", e);
        }
    }

    static long take(
            Connection connection, boolean postgreSql, String action, String key, RateLimits.Limit limit, long now)
            throws SQLException {
        long interval = interval(limit);
        long period = limit.per().toMillis();
        long[] bucket = inLocalTransaction(connection, () -> {
            if (postgreSql) {
                // A count lost in a crash costs nothing, so this commit need not wait for the disk: on a busy machine
                // (load average 23-29 on 2 cores) an attempt took 10-12 ms waiting for the write-ahead log, 3-4
                // without.
                try (Statement noWait = connection.createStatement()) {
                    noWait.execute("SET LOCAL synchronous_commit TO OFF");
                }
                return read(prepare(connection, TAKE_POSTGRESQL, action, key, now, interval, period));
            }
            // H2 has no ON CONFLICT DO UPDATE: update, else insert, else (another request inserted first) update,
            // then read, in one local transaction so that the read sees this attempt's own write.
            if (run(connection, UPDATE, action, key, now, interval, period) == 0
                    && run(connection, INSERT, action, key, now, interval, period) == 0) {
                run(connection, UPDATE, action, key, now, interval, period);
            }
            return read(prepare(connection, READ, action, key, now, interval, period));
        });
        long dueAt = bucket[0];
        boolean allowed = bucket[1] == 1;
        return allowed ? 0 : Math.max(1, dueAt + interval - period - now);
    }

    private interface Work {
        long[] run() throws SQLException;
    }

    private static long[] inLocalTransaction(Connection connection, Work work) throws SQLException {
        boolean autoCommit = connection.getAutoCommit();
        connection.setAutoCommit(false);
        try {
            long[] result = work.run();
            connection.commit();
            return result;
        } catch (SQLException | RuntimeException e) {
            connection.rollback();
            throw e;
        } finally {
            connection.setAutoCommit(autoCommit);
        }
    }

    /** The bucket's due_at and whether this attempt was allowed (1) or not (0). */
    private static long[] read(PreparedStatement query) throws SQLException {
        try (query;
                ResultSet row = query.executeQuery()) {
            row.next();
            return new long[] {row.getLong(1), row.getBoolean(2) ? 1 : 0};
        }
    }

    static void giveBack(Connection connection, String action, String key, RateLimits.Limit limit, long now)
            throws SQLException {
        run(connection, GIVE_BACK, action, key, now, interval(limit), 0);
    }

    /** The time one attempt takes to come back: the period shared by its attempts. */
    private static long interval(RateLimits.Limit limit) {
        return Math.max(1, limit.per().toMillis() / limit.attempts());
    }

    private static int run(
            Connection connection, String sql, String action, String key, long now, long interval, long period)
            throws SQLException {
        try (PreparedStatement statement = prepare(connection, sql, action, key, now, interval, period)) {
            return statement.executeUpdate();
        }
    }

    /** Binds ?1..?5 (each may appear several times) to JDBC's plain, positional ? in the order they appear. */
    private static PreparedStatement prepare(
            Connection connection, String sql, String action, String key, long now, long interval, long period)
            throws SQLException {
        Object[] values = {action, key, now, interval, period};
        StringBuilder plain = new StringBuilder();
        java.util.List<Object> bound = new java.util.ArrayList<>();
        for (int i = 0; i < sql.length(); i++) {
            char c = sql.charAt(i);
            if (c == '?' && i + 1 < sql.length() && Character.isDigit(sql.charAt(i + 1))) {
                bound.add(values[sql.charAt(++i) - '1']);
                plain.append('?');
            } else {
                plain.append(c);
            }
        }
        PreparedStatement statement = connection.prepareStatement(plain.toString());
        for (int i = 0; i < bound.size(); i++) {
            statement.setObject(i + 1, bound.get(i));
        }
        return statement;
    }
}
