package org.palabre.watching;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.palabre.accounts.entity.Account;
import org.palabre.categories.entity.Category;
import org.palabre.muting.control.Mutes;
import org.palabre.posts.control.PostContent;
import org.palabre.testing.ForumWriter;
import org.palabre.topics.control.ReadingProgress;
import org.palabre.topics.entity.Topic;
import org.palabre.watching.control.WatchDefaults;
import org.palabre.watching.control.Watches;
import org.palabre.watching.control.Watches.Subject;
import org.palabre.watching.entity.WatchLevel;

/**
 * Inside the running Palabre: a member's two tabs (or a double click) writing the same row for the first time at
 * the same moment. Every write succeeds, one row is left, and it holds what the member chose; on PostgreSQL a
 * check-then-insert lost this race every time and the member got an error page.
 */
@ExtendWith(ArquillianExtension.class)
class ConcurrentFirstWritesIT {

    private static final int AT_ONCE = 16;
    private static final int ROUNDS = 3;

    @PersistenceContext
    EntityManager entityManager;

    @Resource
    UserTransaction transaction;

    @Resource
    ManagedThreadFactory threadFactory;

    @Inject
    PostContent content;

    @Inject
    Watches watches;

    @Inject
    WatchDefaults watchDefaults;

    @Inject
    Mutes mutes;

    @Inject
    ReadingProgress readingProgress;

    @Test
    void watchingATopicFromManyRequestsAtOnceLeavesOneWatch() throws Exception {
        for (int round = 1; round <= ROUNDS; round++) {
            Account member = member("ada-cfw-" + round);
            Topic topic = topic("cfw-watch-" + round, member);

            atOnce(i -> watches.choose(member.id(), Subject.TOPIC, topic.id(), WatchLevel.WATCHING));
            atOnce(i -> watches.choose(
                    member.id(), Subject.CATEGORY, topic.category().id(), WatchLevel.MUTED));

            assertEquals(1, rows("topic_watches", "account_id = ?1 AND topic_id = ?2", member.id(), topic.id()));
            assertEquals(WatchLevel.WATCHING, watches.level(member.id(), Subject.TOPIC, topic.id()));
            assertEquals(
                    1,
                    rows(
                            "category_watches",
                            "account_id = ?1 AND category_id = ?2",
                            member.id(),
                            topic.category().id()));
            assertEquals(
                    WatchLevel.MUTED,
                    watches.level(
                            member.id(), Subject.CATEGORY, topic.category().id()));
        }
    }

    @Test
    void choosingWatchDefaultsFromManyRequestsAtOnceLeavesOneChoice() throws Exception {
        WatchDefaults.Chosen quiet = new WatchDefaults.Chosen(WatchLevel.TRACKING, WatchLevel.NORMAL);
        for (int round = 1; round <= ROUNDS; round++) {
            Account member = member("bea-cfw-" + round);

            atOnce(i -> watchDefaults.choose(member.id(), quiet));

            assertEquals(1, rows("watch_defaults", "account_id = ?1", member.id()));
            assertEquals(quiet, watchDefaults.of(member.id()));
        }
    }

    @Test
    void mutingAMemberFromManyRequestsAtOnceLeavesOneMute() throws Exception {
        for (int round = 1; round <= ROUNDS; round++) {
            Account muter = member("cleo-cfw-" + round);
            Account muted = member("dan-cfw-" + round);

            atOnce(i -> mutes.mute(muter.id(), muted.id()));

            assertEquals(1, rows("member_mutes", "account_id = ?1 AND muted_id = ?2", muter.id(), muted.id()));
            assertTrue(mutes.hasMuted(muter.id(), muted.id()));
        }
    }

    @Test
    void readingATopicFromManyTabsAtOnceKeepsTheFurthestPostRead() throws Exception {
        for (int round = 1; round <= ROUNDS; round++) {
            Account reader = member("eli-cfw-" + round);
            Topic topic = topic("cfw-read-" + round, reader);

            // Each tab has read one post further than the one before: only the furthest may remain.
            atOnce(i -> readingProgress.seen(reader, topic.id(), i + 1));

            assertEquals(1, rows("topic_reads", "account_id = ?1 AND topic_id = ?2", reader.id(), topic.id()));
            assertEquals(AT_ONCE, lastRead(reader, topic));
            readingProgress.seen(reader, topic.id(), 2);
            assertEquals(AT_ONCE, lastRead(reader, topic), "reading back never lowers the position");
        }
    }

    /**
     * The same member's pages loaded at once (tabs, a reload, a page left open with its live updates): a page whose
     * position is already recorded writes nothing, so it does not wait for another request's transaction to end.
     */
    @Test
    void readingAgainDoesNotWaitForAnotherPageOfTheSameReader() throws Exception {
        Account reader = member("eli-cfw-again");
        Topic topic = topic("cfw-read-again", reader);
        readingProgress.seen(reader, topic.id(), 3);
        ExecutorService other = Executors.newSingleThreadExecutor(threadFactory);
        CountDownLatch holding = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        try {
            // Another page of the same reader raises the row and holds its lock until its transaction ends.
            Future<?> slowPage = other.submit(() -> {
                transaction.begin();
                try {
                    entityManager
                            .createNativeQuery("UPDATE topic_reads SET last_read_number = 3 "
                                    + "WHERE account_id = ?1 AND topic_id = ?2")
                            .setParameter(1, reader.id())
                            .setParameter(2, topic.id())
                            .executeUpdate();
                    holding.countDown();
                    release.await(60, TimeUnit.SECONDS);
                } finally {
                    transaction.commit();
                }
                return null;
            });
            assertTrue(holding.await(30, TimeUnit.SECONDS), "the other page holds the row");
            long started = System.nanoTime();
            readingProgress.seen(reader, topic.id(), 2);
            long waitedMillis = (System.nanoTime() - started) / 1_000_000;
            release.countDown();
            slowPage.get(60, TimeUnit.SECONDS);
            assertTrue(waitedMillis < 2_000, "reading again waited " + waitedMillis + " ms for the other page");
            assertEquals(3, lastRead(reader, topic));
        } finally {
            release.countDown();
            other.shutdownNow();
        }
    }

    private interface Write {
        void run(int index) throws Exception;
    }

    /** The write from many threads released together; fails with every thread's exception if any threw. */
    private void atOnce(Write write) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(AT_ONCE, threadFactory);
        try {
            CountDownLatch ready = new CountDownLatch(AT_ONCE);
            CountDownLatch go = new CountDownLatch(1);
            List<Future<?>> writes = new ArrayList<>();
            for (int i = 0; i < AT_ONCE; i++) {
                int index = i;
                writes.add(pool.submit(() -> {
                    ready.countDown();
                    go.await();
                    write.run(index);
                    return null;
                }));
            }
            assertTrue(ready.await(30, TimeUnit.SECONDS), "every thread started");
            go.countDown();
            List<Throwable> failures = new ArrayList<>();
            for (Future<?> pending : writes) {
                try {
                    pending.get(60, TimeUnit.SECONDS);
                } catch (java.util.concurrent.ExecutionException e) {
                    failures.add(e.getCause());
                }
            }
            if (!failures.isEmpty()) {
                AssertionError error =
                        new AssertionError(failures.size() + " of " + AT_ONCE + " writes failed: " + failures.get(0));
                failures.forEach(error::addSuppressed);
                throw error;
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private Account member(String username) throws Exception {
        transaction.begin();
        Account member =
                new ForumWriter(entityManager, content).members(username).get(0);
        transaction.commit();
        return member;
    }

    private Topic topic(String slug, Account author) throws Exception {
        transaction.begin();
        ForumWriter forum = new ForumWriter(entityManager, content);
        Category category = forum.category("Écritures simultanées " + slug, slug);
        Topic topic = forum.topic(category, "Qui ouvre le local ?", 3, List.of(author));
        transaction.commit();
        return topic;
    }

    private long rows(String table, String where, Object... parameters) throws Exception {
        transaction.begin();
        try {
            var query = entityManager.createNativeQuery("SELECT COUNT(*) FROM " + table + " WHERE " + where);
            for (int i = 0; i < parameters.length; i++) {
                query.setParameter(i + 1, parameters[i]);
            }
            return ((Number) query.getSingleResult()).longValue();
        } finally {
            transaction.commit();
        }
    }

    private int lastRead(Account reader, Topic topic) throws Exception {
        transaction.begin();
        try {
            return ((Number) entityManager
                            .createNativeQuery("SELECT last_read_number FROM topic_reads WHERE account_id = ?1 "
                                    + "AND topic_id = ?2")
                            .setParameter(1, reader.id())
                            .setParameter(2, topic.id())
                            .getSingleResult())
                    .intValue();
        } finally {
            transaction.commit();
        }
    }
}
