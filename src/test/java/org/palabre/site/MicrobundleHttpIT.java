package org.palabre.site;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.palabre.testing.ListeningSockets;

/**
 * The microbundle started as the README says, on a fresh data folder: once it serves its first page, it
 * listens on its HTTP port and nothing else (Hazelcast listened on 6900 and up on every interface).
 */
class MicrobundleHttpIT {

    @Test
    void theMicrobundleListensOnItsHttpPortAndNothingElse() throws Exception {
        File jar = new File("target/palabre-microbundle.jar");
        Assumptions.assumeTrue(jar.isFile(), "target/palabre-microbundle.jar is built by mvn package");
        Assumptions.assumeTrue(ListeningSockets.readable(), "needs Linux's /proc to see the server's sockets");
        int port = freePort();
        Path work = Files.createTempDirectory("palabre-bundle");
        Process server = new ProcessBuilder(List.of(
                        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                        "-Xmx256m",
                        "-XX:TieredStopAtLevel=1",
                        "-Djava.io.tmpdir=" + work,
                        "-Dpalabre.data.dir=" + work.resolve("data"),
                        "-jar",
                        jar.getAbsolutePath(),
                        "--port",
                        Integer.toString(port)))
                .redirectErrorStream(true)
                .redirectOutput(work.resolve("server.log").toFile())
                .start();
        try {
            awaitFirstPage(port, server);
            assertEquals(Set.of(port), ListeningSockets.ofProcess(server.pid()));
        } finally {
            server.destroy();
            if (!server.waitFor(20, java.util.concurrent.TimeUnit.SECONDS)) {
                server.destroyForcibly();
            }
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static void awaitFirstPage(int port, Process server) throws Exception {
        HttpClient http =
                HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        HttpRequest home = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/"))
                .timeout(Duration.ofSeconds(5))
                .build();
        Instant deadline = Instant.now().plus(Duration.ofMinutes(4));
        while (Instant.now().isBefore(deadline) && server.isAlive()) {
            try {
                if (http.send(home, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(500);
        }
        throw new AssertionError("the microbundle served no page (alive: " + server.isAlive() + ")");
    }
}
