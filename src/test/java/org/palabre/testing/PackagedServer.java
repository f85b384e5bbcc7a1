package org.palabre.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * The packaged Palabre (target/palabre-microbundle.jar) as a process of its own, started with the README's command
 * and only the PALABRE_ variables given (none of the suite's own), its output in a log file.
 */
public final class PackagedServer {

    private PackagedServer() {}

    public static Process start(int port, Path log, Map<String, String> environment) {
        Path jar = Path.of(System.getProperty("palabre.it.microbundle", "target/palabre-microbundle.jar"));
        assertTrue(Files.isRegularFile(jar), "mvn package makes " + jar);
        ProcessBuilder builder = new ProcessBuilder(List.of(
                        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                        "-Xmx256m",
                        "-Xss512k",
                        "-XX:+UseSerialGC",
                        "-XX:TieredStopAtLevel=1",
                        "-XX:ReservedCodeCacheSize=64m",
                        "-jar",
                        jar.toAbsolutePath().toString(),
                        "--port",
                        Integer.toString(port)))
                .redirectErrorStream(true)
                .redirectOutput(log.toFile());
        builder.environment().keySet().removeIf(key -> key.startsWith("PALABRE_"));
        builder.environment().putAll(environment);
        try {
            return builder.start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Waits until /health/ready answers 200, failing if the process ends first. */
    public static URI awaitReady(Process server, int port, Path log, Duration within) {
        URI base = URI.create("http://127.0.0.1:" + port + "/");
        Instant deadline = Instant.now().plus(within);
        WebClient probe = new WebClient(base);
        while (Instant.now().isBefore(deadline)) {
            assertTrue(server.isAlive(), "Palabre stopped while starting; see " + log);
            try {
                if (probe.get("/health/ready").statusCode() == 200) {
                    return base;
                }
            } catch (RuntimeException notListeningYet) {
                // the port opens a while after the JVM starts
            }
            try {
                Thread.sleep(250);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        throw new AssertionError("Palabre was not ready in " + within.toSeconds() + " s; see " + log);
    }

    /** Creates the first administrator, "admin", with the server's set-up code, and signs the client in. */
    public static void setUpAdministrator(WebClient client, String code, String password) {
        assertEquals(
                303,
                client.submit(
                                "/setup",
                                "/setup",
                                Map.of(
                                        "code", code,
                                        "username", "admin",
                                        "email", "admin@palabre.test",
                                        "password", password,
                                        "passwordAgain", password))
                        .statusCode());
        assertEquals(
                303,
                client.submit("/signin", "/signin", Map.of("login", "admin", "password", password))
                        .statusCode());
    }

    public static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
