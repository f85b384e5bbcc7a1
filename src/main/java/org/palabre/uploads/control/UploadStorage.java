package org.palabre.uploads.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Disposes;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Where uploads are kept: an S3-compatible bucket once {@code PALABRE_UPLOADS_S3_BUCKET} is set (what several servers
 * need), the data folder otherwise.
 */
@ApplicationScoped
public class UploadStorage {

    private static final Logger LOG = Logger.getLogger(UploadStorage.class.getName());

    @Inject
    @ConfigProperty(name = "palabre.uploads.s3.bucket")
    Optional<String> bucket;

    @Inject
    @ConfigProperty(name = "palabre.uploads.s3.endpoint")
    Optional<String> endpoint;

    @Inject
    @ConfigProperty(name = "palabre.uploads.s3.region", defaultValue = "us-east-1")
    String region;

    @Inject
    @ConfigProperty(name = "palabre.uploads.s3.access-key")
    Optional<String> accessKey;

    @Inject
    @ConfigProperty(name = "palabre.uploads.s3.secret-key")
    Optional<String> secretKey;

    @Inject
    @ConfigProperty(name = "palabre.uploads.s3.path-style", defaultValue = "true")
    boolean pathStyle;

    /** One per application, without a proxy: the injection at start makes it, and a proxy would defer that. */
    @Produces
    @Singleton
    StoredFiles storedFiles() {
        if (bucket.filter(b -> !b.isBlank()).isEmpty()) {
            return new FolderFiles();
        }
        if (accessKey.isEmpty() || secretKey.isEmpty()) {
            throw new IllegalStateException(
                    "PALABRE_UPLOADS_S3_BUCKET is set: PALABRE_UPLOADS_S3_ACCESS_KEY and _SECRET_KEY are needed too");
        }
        BucketFiles files = new BucketFiles(new BucketFiles.Settings(
                endpoint.orElse(null), bucket.get().strip(), region, accessKey.get(), secretKey.get(), pathStyle));
        if (files.reachable()) {
            LOG.info("Uploads are kept in bucket " + bucket.get()
                    + endpoint.map(e -> " at " + e).orElse(""));
        } else {
            LOG.severe("Bucket " + bucket.get() + endpoint.map(e -> " at " + e).orElse("")
                    + " does not answer to these settings: uploads will fail until it does");
        }
        return files;
    }

    void close(@Disposes StoredFiles files) throws Exception {
        if (files instanceof AutoCloseable closeable) {
            closeable.close();
        }
    }

    /** Settles the place at start (the parameter makes it), so wrong settings show before the first upload. */
    void start(@Observes @Initialized(ApplicationScoped.class) Object started, StoredFiles files) {}
}
