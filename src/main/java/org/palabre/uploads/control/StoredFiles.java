package org.palabre.uploads.control;

import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;

/**
 * Where the bytes of uploads live, each under the sha256 of its content (one copy however many times it is sent).
 * The data folder is the one place built; an S3-compatible object store ({@code PALABRE_UPLOADS_S3_*}) would be a
 * second implementation of these few verbs, which is why this is an interface.
 */
public interface StoredFiles {

    void put(String sha256, byte[] content) throws IOException;

    /** The content's length, when it is stored. */
    Optional<Long> size(String sha256) throws IOException;

    /** The content from {@code offset} on; the caller closes it. */
    InputStream open(String sha256, long offset) throws IOException;

    void delete(String sha256) throws IOException;
}
