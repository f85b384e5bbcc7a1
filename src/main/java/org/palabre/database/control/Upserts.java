package org.palabre.database.control;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.Config;

/**
 * Insert-or-update writes that hold when two requests write the same first row at once (two tabs, a double
 * click). Reading before inserting, or a standard {@code MERGE ... USING}, lets both requests see no row and both
 * insert, and the second fails on the primary key.
 *
 * <p>PostgreSQL settles this in one statement with {@code INSERT ... ON CONFLICT}. H2 2.2 has no
 * {@code ON CONFLICT DO UPDATE}; measured with 16 connections, its own {@code MERGE ... KEY} and
 * {@code INSERT ... ON CONFLICT DO NOTHING} (PostgreSQL mode, no conflict target) never failed, while
 * {@code MERGE ... USING} did, like an update followed by an insert. Table and column names come from Palabre's
 * code, never from a request.
 */
@ApplicationScoped
public class Upserts {

    @PersistenceContext
    EntityManager entityManager;

    @Inject
    Config config;

    private boolean postgreSql;

    @PostConstruct
    void knowTheDatabase() {
        postgreSql = DatabaseSettings.from(config).isPostgreSql();
    }

    /** A row to write in the caller's transaction: name its key columns, then its other columns. */
    public Row insert(String table) {
        return new Row(table);
    }

    public final class Row {

        private final String table;
        private final Map<String, Object> key = new LinkedHashMap<>();
        private final Map<String, Object> values = new LinkedHashMap<>();

        private Row(String table) {
            this.table = table;
        }

        public Row key(String column, Object value) {
            key.put(column, value);
            return this;
        }

        public Row value(String column, Object value) {
            values.put(column, value);
            return this;
        }

        /** Writes the row, or gives the row already there these values. */
        public void orUpdate() {
            if (postgreSql) {
                run(insertSql() + " ON CONFLICT (" + String.join(", ", key.keySet()) + ") DO UPDATE SET "
                        + values.keySet().stream()
                                .map(column -> column + " = EXCLUDED." + column)
                                .collect(Collectors.joining(", ")));
            } else {
                run("MERGE INTO " + table + " (" + String.join(", ", columns()) + ") KEY ("
                        + String.join(", ", key.keySet()) + ") VALUES (" + placeholders() + ")");
            }
        }

        /** Writes the row unless one with its key is there, which stays as it was. */
        public void orIgnore() {
            run(insertSql() + (postgreSql ? " ON CONFLICT (" + String.join(", ", key.keySet()) + ")" : " ON CONFLICT")
                    + " DO NOTHING");
        }

        /**
         * Writes the row with this column, or raises the column of the row already there to the value: never
         * lowers it, whatever order concurrent writes land in.
         */
        public void orRaise(String column, Comparable<?> value) {
            if (!values.isEmpty()) {
                throw new IllegalStateException("A raised row holds its key and the raised column only");
            }
            if (alreadyAtLeast(column, value)) {
                // Read first: a row already as high is left alone, so that the same member's pages read at once
                // (tabs, a reload) do not queue on its lock, held until each request's transaction ends.
                return;
            }
            values.put(column, value);
            if (postgreSql) {
                run(insertSql() + " ON CONFLICT (" + String.join(", ", key.keySet()) + ") DO UPDATE SET "
                        + column + " = EXCLUDED." + column + " WHERE " + table + "." + column + " < EXCLUDED."
                        + column);
                return;
            }
            // H2: an UPDATE waits for a concurrent writer's row and then reads its value; only when no row was
            // there to update may another request have inserted it between our update and our insert.
            String raise = "UPDATE " + table + " SET " + column + " = GREATEST(" + column + ", ?"
                    + columns().size() + ") WHERE " + keyMatches();
            if (run(raise) == 0 && run(insertSql() + " ON CONFLICT DO NOTHING") == 0) {
                run(raise);
            }
        }

        @SuppressWarnings({"unchecked", "rawtypes"})
        private boolean alreadyAtLeast(String column, Comparable value) {
            Query query =
                    entityManager.createNativeQuery("SELECT " + column + " FROM " + table + " WHERE " + keyMatches());
            int position = 1;
            for (Object keyValue : key.values()) {
                query.setParameter(position++, keyValue);
            }
            List<?> found = query.getResultList();
            if (found.isEmpty() || found.get(0) == null) {
                return false;
            }
            Object stored = found.get(0);
            // The driver may read an INTEGER column back as another Number type than the one written.
            if (stored instanceof Number number && value instanceof Number wanted) {
                return number.longValue() >= wanted.longValue();
            }
            return stored instanceof Comparable comparable && comparable.compareTo(value) >= 0;
        }

        private String insertSql() {
            return "INSERT INTO " + table + " (" + String.join(", ", columns()) + ") VALUES (" + placeholders() + ")";
        }

        private List<String> columns() {
            List<String> columns = new ArrayList<>(key.keySet());
            columns.addAll(values.keySet());
            return columns;
        }

        private String placeholders() {
            List<String> placeholders = new ArrayList<>();
            for (int i = 1; i <= key.size() + values.size(); i++) {
                placeholders.add("?" + i);
            }
            return String.join(", ", placeholders);
        }

        private String keyMatches() {
            List<String> matches = new ArrayList<>();
            int position = 1;
            for (String column : key.keySet()) {
                matches.add(column + " = ?" + position++);
            }
            return String.join(" AND ", matches);
        }

        /** Binds the key values, then the other values, to ?1, ?2 ... in that order. */
        private int run(String sql) {
            Query query = entityManager.createNativeQuery(sql);
            int position = 1;
            for (Object value : key.values()) {
                query.setParameter(position++, value);
            }
            for (Object value : values.values()) {
                query.setParameter(position++, value);
            }
            return query.executeUpdate();
        }
    }
}
