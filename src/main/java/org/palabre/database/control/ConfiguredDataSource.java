package org.palabre.database.control;

import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.ConfigProvider;
import org.h2.jdbcx.JdbcDataSource;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * The driver-level DataSource behind Palabre's container-managed pool (see {@link PalabreDataSource}).
 *
 * <p>Payara resolves {@code ${MPCONFIG=...}} placeholders in a data source definition only from
 * environment variables and system properties, with no default. Choosing the database here instead lets
 * the embedded H2 database be the default while the container still pools the connections and enlists
 * them in JTA transactions.
 */
public class ConfiguredDataSource implements DataSource {

    private final DataSource driverDataSource;

    public ConfiguredDataSource() {
        DatabaseSettings settings =
                DatabaseSettings.from(ConfigProvider.getConfig(getClass().getClassLoader()));
        this.driverDataSource = driverDataSourceFor(settings);
    }

    static DataSource driverDataSourceFor(DatabaseSettings settings) {
        if (settings.isEmbedded()) {
            JdbcDataSource h2 = new JdbcDataSource();
            h2.setURL(settings.url());
            h2.setUser(settings.user());
            h2.setPassword(settings.password());
            return h2;
        }
        if (settings.isPostgreSql()) {
            PGSimpleDataSource postgres = new PGSimpleDataSource();
            postgres.setURL(settings.url());
            if (!settings.user().isEmpty()) {
                postgres.setUser(settings.user());
            }
            if (!settings.password().isEmpty()) {
                postgres.setPassword(settings.password());
            }
            return postgres;
        }
        throw new IllegalStateException(
                "PALABRE_DB_URL must be a jdbc:postgresql: or jdbc:h2: URL, not " + settings.url());
    }

    @Override
    public Connection getConnection() throws SQLException {
        return driverDataSource.getConnection();
    }

    @Override
    public Connection getConnection(String username, String password) throws SQLException {
        // The container may pass the (empty) user from the data source definition: the configured one wins.
        return driverDataSource.getConnection();
    }

    @Override
    public PrintWriter getLogWriter() throws SQLException {
        return driverDataSource.getLogWriter();
    }

    @Override
    public void setLogWriter(PrintWriter out) throws SQLException {
        driverDataSource.setLogWriter(out);
    }

    @Override
    public void setLoginTimeout(int seconds) throws SQLException {
        driverDataSource.setLoginTimeout(seconds);
    }

    @Override
    public int getLoginTimeout() throws SQLException {
        return driverDataSource.getLoginTimeout();
    }

    @Override
    public Logger getParentLogger() throws SQLFeatureNotSupportedException {
        return driverDataSource.getParentLogger();
    }

    @Override
    public <T> T unwrap(Class<T> type) throws SQLException {
        if (type.isInstance(this)) {
            return type.cast(this);
        }
        return driverDataSource.unwrap(type);
    }

    @Override
    public boolean isWrapperFor(Class<?> type) throws SQLException {
        return type.isInstance(this) || driverDataSource.isWrapperFor(type);
    }
}
