package org.palabre.notifications.control;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.palabre.database.control.RecurringJob;
import org.palabre.posts.entity.PostPublished;

/**
 * Telling watchers without making the poster wait, and without losing anyone: the post's transaction
 * queues it (a row in notification_fanouts), and once committed a background thread tells its watchers.
 * Whatever a stopped server left queued is told when it starts again, and what failed is retried every minute.
 */
@ApplicationScoped
public class FanOutQueue implements RecurringJob {

    private static final Logger LOG = Logger.getLogger(FanOutQueue.class.getName());
    static final Duration STALE = Duration.ofMinutes(1);

    @Resource(lookup = "java:comp/DefaultManagedExecutorService")
    ManagedExecutorService executor;

    @Inject
    WatcherFanOut fanOut;

    void queue(@Observes PostPublished event) {
        fanOut.enqueue(event.postId());
    }

    void afterCommit(@Observes(during = TransactionPhase.AFTER_SUCCESS) PostPublished event) {
        executor.execute(() -> run(event.postId()));
    }

    void replayAtStart(@Observes @Initialized(ApplicationScoped.class) Object started) {
        executor.execute(this::replay);
    }

    /**
     * A fan-out that failed (a deadlock, a database restart) is tried again without waiting for the next start, by
     * one server a minute.
     */
    @Override
    public String name() {
        return "fan-outs-stale";
    }

    @Override
    public Duration every() {
        return STALE;
    }

    @Override
    public void run() {
        retryStale();
    }

    /** Tells the watchers of every post still queued; returns how many posts that was. */
    public int replay() {
        return replay(fanOut.queued());
    }

    /**
     * Tells the watchers of the posts queued over a minute ago: younger ones are most likely being told by the
     * thread their commit started. Rows locked by another thread or server are skipped, not waited for.
     */
    public int retryStale() {
        try {
            return replay(fanOut.queuedBefore(Instant.now().minus(STALE)));
        } catch (RuntimeException e) {
            // A failure must not end the schedule: the next run tries again.
            LOG.log(Level.WARNING, "Reading the queue of watchers to tell failed", e);
            return 0;
        }
    }

    private int replay(List<Long> postIds) {
        int done = 0;
        for (long postId : postIds) {
            if (run(postId) >= 0) {
                done++;
            }
        }
        return done;
    }

    private int run(long postId) {
        try {
            return fanOut.fanOut(postId);
        } catch (RuntimeException e) {
            // The row stays queued: the periodic retry or the next start tells them.
            LOG.log(Level.WARNING, "Telling the watchers of post " + postId + " failed; it stays queued", e);
            return -1;
        }
    }
}
