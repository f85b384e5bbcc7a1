package org.palabre.uploads.control;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.time.Duration;
import java.util.Optional;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.checksums.RequestChecksumCalculation;
import software.amazon.awssdk.core.checksums.ResponseChecksumValidation;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.S3ClientBuilder;
import software.amazon.awssdk.services.s3.model.S3Exception;

/**
 * Uploads in an S3-compatible bucket (AWS, MinIO, Garage, Ceph...), as {@code uploads/<sha256>}, so several servers
 * share them. The store's own atomic PUT means a reader never sees half an object. The SDK's extra checksums are
 * asked for only where the API requires them: stores other than AWS refuse or mishandle the chunked bodies they bring.
 */
public class BucketFiles implements StoredFiles, AutoCloseable {

    /** Where the bucket is and who may use it; a blank endpoint means AWS itself (for the region). */
    public record Settings(
            String endpoint, String bucket, String region, String accessKey, String secretKey, boolean pathStyle) {}

    private final S3Client s3;
    private final String bucket;

    public BucketFiles(Settings settings) {
        S3ClientBuilder builder = S3Client.builder()
                .region(Region.of(settings.region()))
                .credentialsProvider(StaticCredentialsProvider.create(
                        AwsBasicCredentials.create(settings.accessKey(), settings.secretKey())))
                .forcePathStyle(settings.pathStyle())
                .requestChecksumCalculation(RequestChecksumCalculation.WHEN_REQUIRED)
                .responseChecksumValidation(ResponseChecksumValidation.WHEN_REQUIRED)
                .httpClient(UrlConnectionHttpClient.builder()
                        .connectionTimeout(Duration.ofSeconds(10))
                        .socketTimeout(Duration.ofSeconds(60))
                        .build());
        if (settings.endpoint() != null && !settings.endpoint().isBlank()) {
            builder.endpointOverride(URI.create(settings.endpoint().strip()));
        }
        this.s3 = builder.build();
        this.bucket = settings.bucket();
    }

    @Override
    public void put(String sha256, byte[] content) throws IOException {
        if (size(sha256).isPresent()) {
            return;
        }
        try {
            s3.putObject(
                    b -> b.bucket(bucket).key(key(sha256)).contentLength((long) content.length),
                    RequestBody.fromBytes(content));
        } catch (SdkException e) {
            throw new IOException("Could not store " + sha256 + " in bucket " + bucket, e);
        }
    }

    @Override
    public Optional<Long> size(String sha256) throws IOException {
        try {
            return Optional.of(
                    s3.headObject(b -> b.bucket(bucket).key(key(sha256))).contentLength());
        } catch (S3Exception e) {
            if (e.statusCode() == 404) {
                return Optional.empty();
            }
            throw new IOException("Could not ask bucket " + bucket + " about " + sha256, e);
        } catch (SdkException e) {
            throw new IOException("Could not ask bucket " + bucket + " about " + sha256, e);
        }
    }

    @Override
    public InputStream open(String sha256, long offset) throws IOException {
        return get(sha256, "bytes=" + offset + "-");
    }

    /** Asks the store for exactly these bytes (a GET with Range), rather than the rest of the object. */
    @Override
    public InputStream open(String sha256, long offset, long length) throws IOException {
        return get(sha256, "bytes=" + offset + "-" + (offset + length - 1));
    }

    private InputStream get(String sha256, String range) throws IOException {
        try {
            return s3.getObject(b -> b.bucket(bucket).key(key(sha256)).range(range));
        } catch (SdkException e) {
            throw new IOException("Could not read " + sha256 + " from bucket " + bucket, e);
        }
    }

    @Override
    public void delete(String sha256) throws IOException {
        try {
            s3.deleteObject(b -> b.bucket(bucket).key(key(sha256)));
        } catch (SdkException e) {
            throw new IOException("Could not delete " + sha256 + " from bucket " + bucket, e);
        }
    }

    /** Whether the bucket answers to these settings, to say so at start rather than at the first upload. */
    public boolean reachable() {
        try {
            s3.headBucket(b -> b.bucket(bucket));
            return true;
        } catch (SdkException e) {
            return false;
        }
    }

    @Override
    public void close() {
        s3.close();
    }

    static String key(String sha256) {
        if (!sha256.matches("[0-9a-f]{64}")) {
            throw new IllegalArgumentException("Not a sha256: " + sha256);
        }
        return "uploads/" + sha256;
    }
}
