package org.palabre.database.control;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;
import java.util.Queue;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.function.BiConsumer;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;

/**
 * The PostgreSQL connection that LISTENs for {@link DatabaseNotices}: one per server, outside the pool (a pooled
 * connection would be taken from requests for good, and a pool may reset it). It waits for notices with
 * pgjdbc's {@code getNotifications(timeout)}, so no thread spins, and opens a new connection after any failure,
 * waiting a little longer each time up to half a minute.
 */
final class NoticeListener implements Runnable {

    private static final Logger LOG = Logger.getLogger(NoticeListener.class.getName());
    private static final int WAIT_MILLIS = 500;

    private final DatabaseSettings database;
    private final Set<String> channels;
    private final BiConsumer<String, String> deliver;
    private final Queue<String> added = new ConcurrentLinkedQueue<>();
    private volatile boolean running = true;
    private volatile Connection connection;

    NoticeListener(DatabaseSettings database, Set<String> channels, BiConsumer<String, String> deliver) {
        this.database = database;
        this.channels = channels;
        this.deliver = deliver;
    }

    void listenAlso(String channel) {
        added.add(channel);
    }

    void stop() {
        running = false;
        Connection open = connection;
        if (open != null) {
            try {
                open.close();
            } catch (SQLException e) {
                LOG.log(Level.FINE, "Closing the notice listener's connection", e);
            }
        }
    }

    @Override
    public void run() {
        long backoff = 250;
        while (running) {
            try (Connection open = connect()) {
                connection = open;
                for (String channel : channels) {
                    listen(open, channel);
                }
                backoff = 250;
                receive(open);
            } catch (SQLException | RuntimeException e) {
                if (!running) {
                    return;
                }
                LOG.log(Level.WARNING, "Listening for database notices failed; reconnecting in " + backoff + " ms", e);
                try {
                    Thread.sleep(backoff);
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    return;
                }
                backoff = Math.min(30_000, backoff * 2);
            }
        }
    }

    private void receive(Connection open) throws SQLException {
        PGConnection pg = open.unwrap(PGConnection.class);
        while (running) {
            for (String channel = added.poll(); channel != null; channel = added.poll()) {
                listen(open, channel);
            }
            PGNotification[] notices = pg.getNotifications(WAIT_MILLIS);
            if (notices != null) {
                for (PGNotification notice : notices) {
                    deliver.accept(notice.getName(), notice.getParameter());
                }
            }
        }
    }

    private Connection connect() throws SQLException {
        Properties properties = new Properties();
        properties.setProperty("user", database.user());
        properties.setProperty("password", database.password());
        properties.setProperty("ApplicationName", "palabre-notices");
        // Dead peers are found by the keepalive, not by a query that would block the wait for notices.
        properties.setProperty("tcpKeepAlive", "true");
        Connection open = new org.postgresql.Driver().connect(database.url(), properties);
        if (open == null) {
            throw new SQLException("Not a PostgreSQL URL: " + database);
        }
        open.setAutoCommit(true);
        return open;
    }

    private static void listen(Connection open, String channel) throws SQLException {
        if (!channel.matches("[a-z_][a-z0-9_]{0,62}")) {
            throw new IllegalArgumentException("Channel names are plain identifiers: " + channel);
        }
        try (Statement statement = open.createStatement()) {
            statement.execute("LISTEN " + channel);
        }
    }
}
