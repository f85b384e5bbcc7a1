package org.palabre.database.control;

import jakarta.annotation.Priority;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.interceptor.Interceptor;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceUnit;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;
import org.hibernate.SessionFactory;

/**
 * Brings the database schema up to date when Palabre starts, then checks that every entity matches it.
 *
 * <p>Payara builds the persistence unit before any application code runs, but Hibernate only reads the
 * schema when asked, so migrating here and validating afterwards is safe. A mismatch stops the deployment:
 * better to refuse to start than to fail on the first request that touches the broken table.
 */
@ApplicationScoped
public class SchemaMigration {

    private static final Logger LOG = Logger.getLogger(SchemaMigration.class.getName());

    private static volatile boolean done;

    @Resource(lookup = PalabreDataSource.JNDI_NAME)
    DataSource dataSource;

    @PersistenceUnit
    EntityManagerFactory entityManagerFactory;

    /** db/vendor/postgresql holds what only PostgreSQL can run (partial and expression indexes). */
    private String[] locations() {
        try (Connection connection = dataSource.getConnection()) {
            return connection.getMetaData().getDatabaseProductName().equalsIgnoreCase("PostgreSQL")
                    ? new String[] {"classpath:db/migration", "classpath:db/vendor/postgresql"}
                    : new String[] {"classpath:db/migration"};
        } catch (SQLException e) {
            throw new IllegalStateException("The database cannot be reached to migrate it", e);
        }
    }

    // Runs before every other start-up observer (they use the default priority), which may need the schema.
    void migrateAtStart(
            @Observes @Priority(Interceptor.Priority.LIBRARY_BEFORE) @Initialized(ApplicationScoped.class)
                    Object applicationStarted) {
        long started = System.nanoTime();
        MigrateResult result = Flyway.configure(getClass().getClassLoader())
                .dataSource(dataSource)
                .locations(locations())
                .load()
                .migrate();
        long migrated = System.nanoTime();
        entityManagerFactory.unwrap(SessionFactory.class).getSchemaManager().validateMappedObjects();
        long validated = System.nanoTime();
        // The two durations are part of the start-up table in the README (bench/startup).
        LOG.info(() -> "Database schema at version " + result.targetSchemaVersion + " (" + result.migrationsExecuted
                + " migrations applied now) in " + (migrated - started) / 1_000_000
                + " ms; mapping checked against it in "
                + (validated - migrated) / 1_000_000 + " ms");
        done = true;
    }

    /** Whether the schema was migrated and validated by this server. */
    public static boolean isDone() {
        return done;
    }
}
