package org.palabre.uploads.control;

import jakarta.persistence.EntityManager;
import java.io.IOException;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Whether stored bytes are still named by anything (an upload, its thumbnail, a kept remote image), and their removal
 * once nothing names them: one content may be both a member's upload and a remote image, re-encoded alike.
 */
final class StoredContents {

    private static final Logger LOG = Logger.getLogger(StoredContents.class.getName());

    private StoredContents() {}

    static boolean named(EntityManager entityManager, String sha) {
        return ((Number) entityManager
                                .createNativeQuery("SELECT (SELECT COUNT(*) FROM uploads WHERE sha256 = :sha OR "
                                        + "thumbnail_sha256 = :sha) + (SELECT COUNT(*) FROM remote_images WHERE "
                                        + "sha256 = :sha)")
                                .setParameter("sha", sha)
                                .getSingleResult())
                        .longValue()
                > 0;
    }

    /** Deletes the bytes unless something still names them; whether they were deleted. */
    static boolean deleteIfUnnamed(EntityManager entityManager, StoredFiles files, String sha) {
        if (sha == null || named(entityManager, sha)) {
            return false;
        }
        try {
            files.delete(sha);
            return true;
        } catch (IOException e) {
            LOG.log(Level.WARNING, "Could not delete stored content " + sha, e);
            return false;
        }
    }
}
