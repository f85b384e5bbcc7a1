package org.palabre.uploads.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * What the image proxy keeps of each address (table remote_images): the re-encoded image's sha256 in the uploads'
 * store, or why fetching failed. An image is kept {@code palabre.uploads.remote-ttl-hours} (so a popular image is
 * fetched once a day, not once a reader), a failure {@code palabre.uploads.remote-retry-minutes} (so a dead address
 * is not asked again by every reader either).
 */
@ApplicationScoped
public class RemoteImageCache {

    /** A fetched image, or the reason there is none. */
    public record Entry(String sha256, String mediaType, String failure, Instant fetchedAt) {

        public static Entry failed(String reason) {
            return new Entry(null, null, reason.substring(0, Math.min(reason.length(), 200)), Instant.now());
        }

        public boolean failed() {
            return sha256 == null;
        }
    }

    @PersistenceContext
    EntityManager entityManager;

    @Inject
    StoredFiles files;

    @Inject
    @ConfigProperty(name = "palabre.uploads.remote-ttl-hours", defaultValue = "24")
    long ttlHours;

    @Inject
    @ConfigProperty(name = "palabre.uploads.remote-retry-minutes", defaultValue = "10")
    long retryMinutes;

    /** What is kept for the address, unless it is stale. */
    @Transactional
    public Optional<Entry> fresh(String addressSha256, Instant now) {
        List<?> rows = entityManager
                .createNativeQuery(
                        "SELECT sha256, media_type, failure, fetched_at FROM remote_images WHERE address_sha256 = :a")
                .setParameter("a", addressSha256)
                .getResultList();
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        Object[] row = (Object[]) rows.get(0);
        Entry entry = new Entry((String) row[0], (String) row[1], (String) row[2], instant(row[3]));
        Duration kept = entry.failed() ? Duration.ofMinutes(retryMinutes) : Duration.ofHours(ttlHours);
        return entry.fetchedAt().plus(kept).isAfter(now) ? Optional.of(entry) : Optional.empty();
    }

    /** Keeps what a fetch gave in place of what was kept; bytes the old row alone named go. */
    @Transactional
    public void keep(String addressSha256, Entry entry) {
        List<?> before = entityManager
                .createNativeQuery("SELECT sha256 FROM remote_images WHERE address_sha256 = :a")
                .setParameter("a", addressSha256)
                .getResultList();
        entityManager
                .createNativeQuery("DELETE FROM remote_images WHERE address_sha256 = :a")
                .setParameter("a", addressSha256)
                .executeUpdate();
        entityManager
                .createNativeQuery(
                        "INSERT INTO remote_images (address_sha256, sha256, media_type, failure, fetched_at) "
                                + "VALUES (:a, :sha, :type, :failure, :at)")
                .setParameter("a", addressSha256)
                .setParameter("sha", entry.sha256())
                .setParameter("type", entry.mediaType())
                .setParameter("failure", entry.failure())
                .setParameter("at", entry.fetchedAt())
                .executeUpdate();
        for (Object old : before) {
            if (old != null && !Objects.equals(old, entry.sha256())) {
                StoredContents.deleteIfUnnamed(entityManager, files, (String) old);
            }
        }
    }

    /** Forgets what is stale as of {@code now} (in the sweep's transaction); the contents those rows named. */
    @SuppressWarnings("unchecked")
    List<String> expire(Instant now) {
        Instant before = now.minus(Duration.ofHours(ttlHours));
        List<String> shas = entityManager
                .createNativeQuery("SELECT sha256 FROM remote_images WHERE fetched_at < :before AND sha256 IS NOT NULL")
                .setParameter("before", before)
                .getResultList();
        entityManager
                .createNativeQuery("DELETE FROM remote_images WHERE fetched_at < :before")
                .setParameter("before", before)
                .executeUpdate();
        return shas;
    }

    private static Instant instant(Object value) {
        if (value instanceof Instant instant) {
            return instant;
        }
        if (value instanceof java.time.OffsetDateTime offset) {
            return offset.toInstant();
        }
        return ((Timestamp) value).toInstant();
    }
}
