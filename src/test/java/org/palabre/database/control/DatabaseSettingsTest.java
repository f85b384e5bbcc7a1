package org.palabre.database.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.postgresql.ds.PGSimpleDataSource;

class DatabaseSettingsTest {

    @Test
    void theEmbeddedDefaultIsAnH2FileInTheDataFolder() {
        DatabaseSettings settings = DatabaseSettings.embedded(Path.of("/srv/palabre-data"));
        assertTrue(settings.isEmbedded());
        assertTrue(settings.url().startsWith("jdbc:h2:file:/srv/palabre-data/palabre;"), settings.url());
        assertTrue(ConfiguredDataSource.driverDataSourceFor(settings) instanceof JdbcDataSource);
    }

    @Test
    void everyH2UrlWritesItsCommitsBeforeTheyReturnUnlessTheOperatorChoseADelay() {
        assertTrue(DatabaseSettings.embedded(Path.of("/srv/palabre-data")).url().endsWith(";WRITE_DELAY=0"));
        assertEquals(
                "jdbc:h2:file:/x;MODE=PostgreSQL;WRITE_DELAY=0", DurableCommits.in("jdbc:h2:file:/x;MODE=PostgreSQL"));
        assertEquals("jdbc:h2:file:/x;write_delay=100", DurableCommits.in("jdbc:h2:file:/x;write_delay=100"));
        assertEquals("jdbc:postgresql://db/palabre", DurableCommits.in("jdbc:postgresql://db/palabre"));
    }

    @Test
    void aPostgreSqlUrlGetsThePostgreSqlDriver() {
        DatabaseSettings settings =
                new DatabaseSettings("jdbc:postgresql://127.0.0.1:5432/palabre", "palabre", "secret");
        assertTrue(settings.isPostgreSql());
        assertTrue(ConfiguredDataSource.driverDataSourceFor(settings) instanceof PGSimpleDataSource);
    }

    @Test
    void anyOtherDatabaseIsRefusedWithAMessageNamingTheSetting() {
        DatabaseSettings settings = new DatabaseSettings("jdbc:mysql://localhost/palabre", "", "");
        IllegalStateException refused =
                assertThrows(IllegalStateException.class, () -> ConfiguredDataSource.driverDataSourceFor(settings));
        assertTrue(refused.getMessage().contains("PALABRE_DB_URL"));
    }

    @Test
    void thePasswordNeverAppearsInLogs() {
        assertEquals(
                -1,
                new DatabaseSettings("jdbc:postgresql://db/palabre", "u", "hunter2hunter2")
                        .toString()
                        .indexOf("hunter2"));
    }
}
