package org.palabre.testing;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.S3Object;

/**
 * A real S3 API server for tests: S3Proxy (target/s3proxy.jar, copied there by the build) keeping its buckets in a
 * folder, as a process of its own, with one bucket made. Close it to stop it.
 */
public final class S3Server implements AutoCloseable {

    public static final String ACCESS_KEY = "palabre-test";
    public static final String SECRET_KEY = "palabre-test-secret";
    public static final String REGION = "us-east-1";

    private final Process process;
    private final URI endpoint;
    private final String bucket;
    private final S3Client client;

    private S3Server(Process process, URI endpoint, String bucket) {
        this.process = process;
        this.endpoint = endpoint;
        this.bucket = bucket;
        this.client = S3Client.builder()
                .endpointOverride(endpoint)
                .region(Region.of(REGION))
                .forcePathStyle(true)
                .credentialsProvider(
                        StaticCredentialsProvider.create(AwsBasicCredentials.create(ACCESS_KEY, SECRET_KEY)))
                .httpClient(UrlConnectionHttpClient.create())
                .build();
    }

    /** Starts S3Proxy on a free port with its buckets under {@code folder}, and makes {@code bucket} there. */
    public static S3Server start(Path folder, String bucket) {
        Path jar = Path.of(System.getProperty("palabre.it.s3proxy", "target/s3proxy.jar"));
        assertTrue(Files.isRegularFile(jar), "the build copies S3Proxy to " + jar);
        int port = PackagedServer.freePort();
        URI endpoint = URI.create("http://127.0.0.1:" + port);
        try {
            Files.createDirectories(folder.resolve("buckets"));
            Path properties = folder.resolve("s3proxy.properties");
            Files.writeString(
                    properties,
                    String.join(
                            "\n",
                            "s3proxy.endpoint=" + endpoint,
                            "s3proxy.authorization=aws-v2-or-v4",
                            "s3proxy.identity=" + ACCESS_KEY,
                            "s3proxy.credential=" + SECRET_KEY,
                            "jclouds.provider=filesystem",
                            "jclouds.filesystem.basedir="
                                    + folder.resolve("buckets").toAbsolutePath(),
                            ""));
            Process process = new ProcessBuilder(List.of(
                            Path.of(System.getProperty("java.home"), "bin", "java")
                                    .toString(),
                            "-Xmx128m",
                            "-XX:+UseSerialGC",
                            "-XX:TieredStopAtLevel=1",
                            "-jar",
                            jar.toAbsolutePath().toString(),
                            "--properties",
                            properties.toAbsolutePath().toString()))
                    .redirectErrorStream(true)
                    .redirectOutput(folder.resolve("s3proxy.log").toFile())
                    .start();
            awaitListening(process, endpoint, folder.resolve("s3proxy.log"));
            S3Server server = new S3Server(process, endpoint, bucket);
            server.client.createBucket(b -> b.bucket(bucket));
            return server;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void awaitListening(Process process, URI endpoint, Path log) {
        HttpClient http = HttpClient.newHttpClient();
        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        while (Instant.now().isBefore(deadline)) {
            assertTrue(process.isAlive(), "S3Proxy stopped while starting; see " + log);
            try {
                // Anonymous: refused (403), which says it listens.
                http.send(HttpRequest.newBuilder(endpoint).GET().build(), HttpResponse.BodyHandlers.discarding());
                return;
            } catch (IOException notListeningYet) {
                // the port opens a second or two after the JVM starts
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        throw new AssertionError("S3Proxy did not listen within a minute; see " + log);
    }

    public URI endpoint() {
        return endpoint;
    }

    public String bucket() {
        return bucket;
    }

    /** The keys in the bucket, as the S3 API lists them. */
    public List<String> keys() {
        return client.listObjectsV2Paginator(b -> b.bucket(bucket)).contents().stream()
                .map(S3Object::key)
                .sorted()
                .toList();
    }

    public byte[] object(String key) {
        return client.getObjectAsBytes(b -> b.bucket(bucket).key(key)).asByteArray();
    }

    @Override
    public void close() throws InterruptedException {
        client.close();
        process.destroy();
        if (!process.waitFor(10, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        }
    }
}
