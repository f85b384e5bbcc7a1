package org.palabre.uploads.control;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.palabre.posts.control.PostVisibility;

/**
 * Removes the files nothing shows any more: a post withdrawn or deleted, an account removed with its posts, a
 * spammer's posts deleted, or a file sent and never posted. A file goes once it has shown in no visible post for
 * the grace period (so an edit that drops an image and puts it back, or a moderator's undo, loses nothing), and
 * its bytes go when no upload row names them. Images the proxy fetched from other sites go once they are stale.
 */
@ApplicationScoped
public class UploadSweep {

    private static final Logger LOG = Logger.getLogger(UploadSweep.class.getName());

    @PersistenceContext
    EntityManager entityManager;

    @Inject
    StoredFiles files;

    @Inject
    RemoteImageCache remoteImages;

    @Inject
    @ConfigProperty(name = "palabre.uploads.grace-hours", defaultValue = "72")
    long graceHours;

    @Inject
    @ConfigProperty(name = "palabre.uploads.sweep-minutes", defaultValue = "60")
    long sweepMinutes;

    @Resource(lookup = "java:comp/DefaultManagedScheduledExecutorService")
    ManagedScheduledExecutorService scheduler;

    private volatile ScheduledFuture<?> sweeps;

    void start(@Observes @Initialized(ApplicationScoped.class) Object started) {
        sweeps = scheduler.scheduleWithFixedDelay(this::sweepSafely, sweepMinutes, sweepMinutes, TimeUnit.MINUTES);
    }

    @PreDestroy
    void stop() {
        if (sweeps != null) {
            sweeps.cancel(false);
        }
    }

    private void sweepSafely() {
        try {
            sweep(Instant.now());
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Sweeping unreferenced uploads failed; the next sweep tries again", e);
        }
    }

    /** Marks, unmarks and removes as of {@code now}; returns how many stored contents were deleted. */
    @Transactional
    public int sweep(Instant now) {
        String shown =
                "EXISTS (SELECT 1 FROM upload_references r JOIN posts p ON p.id = r.post_id WHERE r.sha256 = u.sha256 AND "
                        + PostVisibility.shownToMembersSql("p") + ")";
        entityManager
                .createNativeQuery(
                        "UPDATE uploads u SET unreferenced_since = NULL WHERE unreferenced_since IS NOT NULL AND "
                                + shown)
                .executeUpdate();
        entityManager
                .createNativeQuery(
                        "UPDATE uploads u SET unreferenced_since = :now WHERE unreferenced_since IS NULL AND NOT "
                                + shown)
                .setParameter("now", now)
                .executeUpdate();
        @SuppressWarnings("unchecked")
        List<Object[]> expired = entityManager
                .createNativeQuery("SELECT sha256, thumbnail_sha256 FROM uploads WHERE unreferenced_since < :before")
                .setParameter("before", now.minus(Duration.ofHours(graceHours)))
                .getResultList();
        entityManager
                .createNativeQuery("DELETE FROM uploads WHERE unreferenced_since < :before")
                .setParameter("before", now.minus(Duration.ofHours(graceHours)))
                .executeUpdate();
        int deleted = 0;
        for (Object[] row : expired) {
            for (Object sha : row) {
                if (StoredContents.deleteIfUnnamed(entityManager, files, (String) sha)) {
                    deleted++;
                }
            }
        }
        for (String sha : remoteImages.expire(now)) {
            if (StoredContents.deleteIfUnnamed(entityManager, files, sha)) {
                deleted++;
            }
        }
        return deleted;
    }
}
