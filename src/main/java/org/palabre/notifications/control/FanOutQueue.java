package org.palabre.notifications.control;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.palabre.posts.entity.PostPublished;

/**
 * Telling watchers without making the poster wait, and without losing anyone: the post's transaction
 * queues it (a row in notification_fanouts), and once committed a background thread tells its watchers.
 * Whatever a stopped server left queued is told when it starts again.
 */
@ApplicationScoped
public class FanOutQueue {

    private static final Logger LOG = Logger.getLogger(FanOutQueue.class.getName());

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

    /** Tells the watchers of every post still queued; returns how many posts that was. */
    public int replay() {
        int done = 0;
        for (long postId : fanOut.queued()) {
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
            // The row stays queued: the next start tells them.
            LOG.log(Level.WARNING, "Telling the watchers of post " + postId + " failed; it stays queued", e);
            return -1;
        }
    }
}
