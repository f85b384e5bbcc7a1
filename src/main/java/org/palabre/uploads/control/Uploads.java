package org.palabre.uploads.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.palabre.accounts.entity.Account;
import org.palabre.moderation.control.Trust;
import org.palabre.uploads.entity.Upload;
import org.palabre.web.control.InvalidInput;

/** Taking a file in: told apart by content, checked against the limits, images re-encoded, stored once. */
@ApplicationScoped
public class Uploads {

    @PersistenceContext
    EntityManager entityManager;

    @Inject
    StoredFiles files;

    @Inject
    UploadLimits limits;

    @Inject
    Trust trust;

    @Transactional
    public Upload accept(Account sender, String sentName, byte[] sent) {
        if (sent == null || sent.length == 0) {
            throw new InvalidInput(Map.of("file", "uploads.empty"));
        }
        FileKind.Detected detected =
                FileKind.of(sent).orElseThrow(() -> new InvalidInput(Map.of("file", "uploads.unknownType")));
        limits.check(detected.kind(), sent.length, trust.isNew(sender), sentToday(sender));
        Upload upload = detected.kind().isImage()
                ? image(sender, sentName, sent, detected.kind())
                : document(sender, sentName, sent, detected);
        entityManager.persist(upload);
        return upload;
    }

    private Upload image(Account sender, String sentName, byte[] sent, FileKind kind) {
        ImageReencoder.Encoded[] encoded = new ImageReencoder(limits.maxPixels())
                .reencode(sent, kind, limits.imageMaxSide(), limits.thumbnailSide());
        ImageReencoder.Encoded display = encoded[0];
        String sha = store(display.bytes());
        String thumbnail = store(encoded[1].bytes());
        return new Upload(
                sha,
                thumbnail,
                sender.id(),
                sentName,
                display.mediaType(),
                display.bytes().length,
                display.width(),
                display.height(),
                null);
    }

    private Upload document(Account sender, String sentName, byte[] sent, FileKind.Detected detected) {
        String info = detected.kind() == FileKind.PDF
                ? PdfInfo.of(sent).entrySet().stream()
                        .map(e -> e.getKey() + ": " + e.getValue())
                        .collect(Collectors.joining("\n"))
                : null;
        return new Upload(
                store(sent), null, sender.id(), sentName, detected.mediaType(), sent.length, null, null, info);
    }

    private String store(byte[] content) {
        String sha = sha256(content);
        try {
            files.put(sha, content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return sha;
    }

    public static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private long sentToday(Account sender) {
        Long sum = entityManager
                .createQuery(
                        "SELECT SUM(u.sizeBytes) FROM Upload u WHERE u.ownerId = :owner AND u.createdAt > :since",
                        Long.class)
                .setParameter("owner", sender.id())
                .setParameter("since", Instant.now().minus(Duration.ofDays(1)))
                .getSingleResult();
        return sum == null ? 0 : sum;
    }

    /** The uploads behind an address's prefix and name: one content may have been sent by many, under one name. */
    @Transactional
    public List<Upload> at(String prefix, String name) {
        return entityManager
                .createQuery(
                        "SELECT u FROM Upload u WHERE u.sha256 LIKE :prefix AND u.name = :name ORDER BY u.id",
                        Upload.class)
                .setParameter("prefix", prefix + "%")
                .setParameter("name", name)
                .getResultList();
    }

    @Transactional
    public List<Upload> ownedBy(Account owner) {
        return entityManager
                .createQuery("SELECT u FROM Upload u WHERE u.ownerId = :owner ORDER BY u.createdAt DESC", Upload.class)
                .setParameter("owner", owner.id())
                .getResultList();
    }

    /** How many distinct contents are kept and their bytes (thumbnails aside), for the administrators. */
    public record Stored(long files, long bytes) {}

    @Transactional
    public Stored storageUsed() {
        Object[] row = (Object[]) entityManager
                .createNativeQuery(
                        "SELECT COUNT(*), COALESCE(SUM(size_bytes), 0) FROM (SELECT DISTINCT sha256, size_bytes FROM uploads) stored")
                .getSingleResult();
        return new Stored(((Number) row[0]).longValue(), ((Number) row[1]).longValue());
    }
}
