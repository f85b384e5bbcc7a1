package org.palabre.security.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * The counting behind shared rate limits, on H2 (always) and on PostgreSQL (when one answers at 127.0.0.1:5432,
 * in a schema of its own that is dropped after): two connections stand for two servers.
 */
class SharedBucketsTest {

    private static final RateLimits.Limit THREE_PER_HOUR = new RateLimits.Limit("test", 3, Duration.ofHours(1));
    private static final long NOW = 1_800_000_000_000L;

    @Test
    void attemptsFromTwoServersCountInOneBucketOnH2() throws Exception {
        String url = "jdbc:h2:mem:buckets;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DB_CLOSE_DELAY=-1";
        try (Connection first = DriverManager.getConnection(url);
                Connection second = DriverManager.getConnection(url)) {
            createTable(first);
            attemptsFromTwoConnectionsShareOneAllowance(first, second, false);
        }
    }

    @Test
    void attemptsFromTwoServersCountInOneBucketOnPostgreSql() throws Exception {
        String url = "jdbc:postgresql://127.0.0.1:5432/postgres";
        Connection first;
        try {
            first = DriverManager.getConnection(url, "postgres", "");
        } catch (SQLException unreachable) {
            org.junit.jupiter.api.Assumptions.abort("no PostgreSQL at 127.0.0.1:5432: " + unreachable.getMessage());
            return;
        }
        String schema = "buckets_" + ProcessHandle.current().pid();
        try (first;
                Statement setUp = first.createStatement()) {
            setUp.execute("CREATE SCHEMA " + schema);
            try (Connection second = DriverManager.getConnection(url + "?currentSchema=" + schema, "postgres", "")) {
                setUp.execute("SET search_path TO " + schema);
                createTable(first);
                attemptsFromTwoConnectionsShareOneAllowance(first, second, true);
            } finally {
                setUp.execute("DROP SCHEMA " + schema + " CASCADE");
            }
        }
    }

    private static void attemptsFromTwoConnectionsShareOneAllowance(Connection a, Connection b, boolean postgreSql)
            throws SQLException {
        assertEquals(0, SharedBuckets.take(a, postgreSql, "test", "k", THREE_PER_HOUR, NOW));
        assertEquals(0, SharedBuckets.take(b, postgreSql, "test", "k", THREE_PER_HOUR, NOW + 1));
        assertEquals(0, SharedBuckets.take(a, postgreSql, "test", "k", THREE_PER_HOUR, NOW + 2));
        long wait = SharedBuckets.take(b, postgreSql, "test", "k", THREE_PER_HOUR, NOW + 3);
        assertTrue(wait > 1_199_000 && wait <= 1_200_000, "one attempt comes back in 20 minutes: " + wait);
        assertEquals(0, SharedBuckets.take(b, postgreSql, "test", "other", THREE_PER_HOUR, NOW + 3), "its own key");

        SharedBuckets.giveBack(a, "test", "k", THREE_PER_HOUR, NOW + 4);
        assertEquals(0, SharedBuckets.take(b, postgreSql, "test", "k", THREE_PER_HOUR, NOW + 5), "given back");
        assertTrue(SharedBuckets.take(a, postgreSql, "test", "k", THREE_PER_HOUR, NOW + 6) > 0);
        assertTrue(
                SharedBuckets.take(a, postgreSql, "test", "k", THREE_PER_HOUR, NOW + 6) > 0, "refusals cost nothing");
        assertEquals(0, SharedBuckets.take(a, postgreSql, "test", "k", THREE_PER_HOUR, NOW + 1_200_005), "refilled");
    }

    private static void createTable(Connection connection) throws Exception {
        String migration = Files.readString(Path.of("db/V38__shared_rate_limits_and_cache_versions.sql"));
        try (Statement statement = connection.createStatement()) {
            for (String sql : migration.replaceAll("(?m)^--.*$", "").split(";")) {
                if (!sql.isBlank()) {
                    statement.execute(sql);
                }
            }
        }
    }
}
