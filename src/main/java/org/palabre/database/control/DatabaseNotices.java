package org.palabre.database.control;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.Config;

/**
 * Short notices between the Palabre servers that share one database, delivered only if the transaction that
 * publishes them commits. On PostgreSQL a notice is {@code NOTIFY} (through {@code pg_notify}, in the publishing
 * transaction: PostgreSQL delivers it at commit, to every listening connection, the publisher's own server
 * included) and {@link NoticeListener} receives it; on the embedded H2, which one server only uses, it is handed
 * to this server's observers once the transaction has committed. Either way it arrives as a
 * {@link DatabaseNoticeReceived} event. A notice says what changed (ids), never who may see it.
 */
@ApplicationScoped
public class DatabaseNotices {

    private static final Logger LOG = Logger.getLogger(DatabaseNotices.class.getName());

    /** PostgreSQL refuses a NOTIFY payload of 8000 bytes or more. */
    static final int MAX_PAYLOAD_BYTES = 7999;

    @PersistenceContext
    EntityManager entityManager;

    @Inject
    Config config;

    @Inject
    Event<DatabaseNoticeReceived> received;

    @Resource
    TransactionSynchronizationRegistry transactions;

    @Resource(lookup = "java:comp/DefaultManagedThreadFactory")
    ManagedThreadFactory threads;

    private final Set<String> channels = ConcurrentHashMap.newKeySet();
    private DatabaseSettings database;
    private NoticeListener listener;

    @PostConstruct
    void knowTheDatabase() {
        database = DatabaseSettings.from(config);
    }

    @PreDestroy
    void stop() {
        if (listener != null) {
            listener.stop();
        }
    }

    /** Publishes a notice with the current transaction (one is begun if none runs): it leaves only on commit. */
    @Transactional
    public void publish(String channel, String payload) {
        if (payload.getBytes(java.nio.charset.StandardCharsets.UTF_8).length > MAX_PAYLOAD_BYTES) {
            throw new IllegalArgumentException("A notice carries ids, not content: " + payload.length() + " chars");
        }
        if (database.isPostgreSql()) {
            entityManager
                    .createNativeQuery("SELECT pg_notify(?1, ?2)")
                    .setParameter(1, channel)
                    .setParameter(2, payload)
                    .getSingleResult();
            return;
        }
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {}

            @Override
            public void afterCompletion(int status) {
                if (status == Status.STATUS_COMMITTED && channels.contains(channel)) {
                    deliver(channel, payload);
                }
            }
        });
    }

    /**
     * Starts receiving the notices of a channel on this server. On PostgreSQL one connection of its own, outside
     * the pool, listens on a thread of its own and reconnects after a failure (notices sent meanwhile are lost:
     * observers that cannot lose any keep their own record, as live keeps its journal).
     */
    public synchronized void listen(String channel) {
        if (!channels.add(channel) || !database.isPostgreSql()) {
            return;
        }
        if (listener == null) {
            listener = new NoticeListener(database, channels, this::deliver);
            threads.newThread(listener).start();
        } else {
            listener.listenAlso(channel);
        }
    }

    /** Whether notices of other servers reach this one: false on the embedded H2, which only one server uses. */
    public boolean crossesServers() {
        return database.isPostgreSql();
    }

    private void deliver(String channel, String payload) {
        try {
            received.fire(new DatabaseNoticeReceived(channel, payload));
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "An observer of database notices failed on " + channel, e);
        }
    }
}
