package org.palabre.uploads.control;

import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;

/**
 * Where the bytes of uploads live, each under the sha256 of its content (one copy however many times it is sent).
 * Two places keep them: the data folder ({@link FolderFiles}) and, for several servers, an S3-compatible bucket
 * ({@link BucketFiles}); {@link UploadStorage} picks one from the settings.
 */
public interface StoredFiles {

    void put(String sha256, byte[] content) throws IOException;

    /** The content's length, when it is stored. */
    Optional<Long> size(String sha256) throws IOException;

    /** The content from {@code offset} on; the caller closes it. */
    InputStream open(String sha256, long offset) throws IOException;

    /** At least the {@code length} bytes from {@code offset} on; a store may give exactly those. */
    default InputStream open(String sha256, long offset, long length) throws IOException {
        return open(sha256, offset);
    }

    void delete(String sha256) throws IOException;
}
