package org.palabre.search.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceUnit;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.pojo.massindexing.MassIndexingMonitor;
import org.palabre.posts.entity.Post;

/**
 * Rebuilds the whole index from the database in the background (Hibernate Search's mass indexer), one run at a
 * time, with its progress for the administration page. Searches keep working meanwhile, over what is indexed.
 */
@ApplicationScoped
public class Reindexing {

    private static final Logger LOG = Logger.getLogger(Reindexing.class.getName());

    /** Where a run is, as the administration page shows it. */
    public record Progress(
            boolean running, long done, long total, Instant startedAt, Instant finishedAt, String failure) {

        public int percent() {
            return total == 0 ? (running ? 0 : 100) : (int) Math.min(100, done * 100 / total);
        }

        public Optional<Duration> took() {
            return startedAt == null || finishedAt == null
                    ? Optional.empty()
                    : Optional.of(Duration.between(startedAt, finishedAt));
        }
    }

    @PersistenceUnit
    EntityManagerFactory entityManagerFactory;

    private final AtomicLong done = new AtomicLong();
    private final AtomicLong total = new AtomicLong();
    private volatile boolean running;
    private volatile Instant startedAt;
    private volatile Instant finishedAt;
    private volatile String failure;

    /** Starts a run unless one is under way; returns at once. */
    public synchronized boolean start() {
        if (running) {
            return false;
        }
        running = true;
        done.set(0);
        total.set(0);
        failure = null;
        finishedAt = null;
        startedAt = Instant.now();
        LOG.info("Rebuilding the search index");
        Search.mapping(entityManagerFactory)
                .scope(Post.class)
                .massIndexer()
                .threadsToLoadObjects(2)
                .batchSizeToLoadObjects(100)
                // Ends with the index merged into one segment: otherwise the index keeps merging the run's many
                // segments in the background for a while after it, taking the CPU from the searches (the first
                // minute after a re-index of 100,000 posts cost each search a quarter more). Adds 3-4 s to the run.
                .mergeSegmentsOnFinish(true)
                .monitor(new Monitor())
                .start()
                .whenComplete((ignored, problem) -> finish(problem));
        return true;
    }

    public Progress progress() {
        return new Progress(running, done.get(), total.get(), startedAt, finishedAt, failure);
    }

    private synchronized void finish(Throwable problem) {
        finishedAt = Instant.now();
        running = false;
        if (problem != null) {
            failure = String.valueOf(problem.getMessage());
            LOG.log(Level.WARNING, "Rebuilding the search index failed", problem);
        } else {
            LOG.info(() -> "Search index rebuilt: " + done.get() + " posts in "
                    + Duration.between(startedAt, finishedAt).toMillis() + " ms");
        }
    }

    private final class Monitor implements MassIndexingMonitor {

        @Override
        public void documentsAdded(long increment) {
            done.addAndGet(increment);
        }

        @Override
        public void documentsBuilt(long increment) {}

        @Override
        public void entitiesLoaded(long increment) {}

        @Override
        public void addToTotalCount(long increment) {
            total.addAndGet(increment);
        }

        @Override
        public void indexingCompleted() {}
    }
}
