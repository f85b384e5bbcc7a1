package org.palabre.database;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.palabre.testing.Forum;
import org.palabre.testing.PackagedServer;
import org.palabre.testing.WebClient;

/**
 * What a user meets when the server dies: the packaged Palabre (target/palabre-microbundle.jar, started the way
 * the README starts it, on the embedded H2 default) answers a new topic with 201, is killed with SIGKILL at once,
 * and on its next start on the same data folder the topic is there, and search finds it. H2 used to keep commits in
 * memory for up to half a second, and the topic was gone.
 */
class KilledServerIT {

    private static final Pattern SETUP_CODE =
            Pattern.compile("enter this one-time code:\\s+([A-Z2-9]{4}-[A-Z2-9]{4}-[A-Z2-9]{4})");
    private static final String PASSWORD = "phrase de passe du crash";

    private Process server;

    @AfterEach
    void stopServer() {
        if (server != null) {
            server.destroyForcibly();
        }
    }

    @Test
    void aTopicAnsweredWith201SurvivesTheServerBeingKilledRightAfter() throws Exception {
        Path dataDir = Path.of(System.getProperty("palabre.it.dataDir", "target/it-data") + "-killed");
        Files.createDirectories(dataDir);

        URI first = start(dataDir, "first");
        WebClient admin = new WebClient(first);
        String code = awaitInLog(dataDir.resolve("first.log"), SETUP_CODE);
        PackagedServer.setUpAdministrator(admin, code, PASSWORD);
        HttpResponse<String> category = Forum.json(
                admin,
                "POST",
                "/api/categories",
                "{\"name\":\"Crash\",\"slug\":\"crash\",\"description\":\"\",\"colour\":\"#336699\",\"position\":\"0\","
                        + "\"readAccess\":\"EVERYONE\",\"readGroups\":[],\"writeAccess\":\"MEMBERS\",\"writeGroups\":[]}");
        assertEquals(201, category.statusCode(), category.body());

        // An earlier topic, so that the index the next start finds is not empty: an empty one is rebuilt anyway.
        HttpResponse<String> earlier = Forum.json(
                admin,
                "POST",
                "/api/topics",
                "{\"category\":\"crash\",\"title\":\"Écrit bien avant la panne\",\"raw\":\"Déjà indexé.\"}");
        assertEquals(201, earlier.statusCode(), earlier.body());
        HttpResponse<String> topic = Forum.json(
                admin,
                "POST",
                "/api/topics",
                "{\"category\":\"crash\",\"title\":\"Écrit juste avant la panne\",\"raw\":\"Ce sujet doit survivre, "
                        + "Survivorix compris.\"}");
        server.destroyForcibly(); // SIGKILL, the moment the answer is in
        server.waitFor(30, TimeUnit.SECONDS);
        assertEquals(201, topic.statusCode(), topic.body());

        URI second = start(dataDir, "second");
        String latest = new WebClient(second).get("/api/topics").body();
        assertTrue(latest.contains("Écrit juste avant la panne"), "the acknowledged topic is still there: " + latest);
        assertFoundWithin(new WebClient(second), "Survivorix", Duration.ofSeconds(120));
    }

    /**
     * The index is committed before the 201; if the kill still came between the database's commit and the index's,
     * the next start sees the index behind the database and rebuilds it in the background. Either way search finds
     * the topic, polled every half second for at most two minutes (a rebuild runs after the server is ready).
     */
    private static void assertFoundWithin(WebClient visitor, String word, Duration within) throws InterruptedException {
        long deadline = System.nanoTime() + within.toNanos();
        String found;
        do {
            found = visitor.get("/api/search?q=" + word).body();
            if (found.contains("\"total\":1,")) {
                return;
            }
            Thread.sleep(500);
        } while (System.nanoTime() < deadline);
        throw new AssertionError("search never found the topic written before the kill: " + found);
    }

    private URI start(Path dataDir, String name) {
        int port = PackagedServer.freePort();
        Path log = dataDir.resolve(name + ".log");
        // The embedded default whatever database the rest of the suite runs on.
        server = PackagedServer.start(
                port, log, Map.of("PALABRE_DATA_DIR", dataDir.toAbsolutePath().toString()));
        return PackagedServer.awaitReady(server, port, log, Duration.ofSeconds(240));
    }

    private static String awaitInLog(Path log, Pattern pattern) throws IOException, InterruptedException {
        for (int i = 0; i < 100; i++) {
            Matcher matcher = pattern.matcher(Files.readString(log));
            if (matcher.find()) {
                return matcher.group(1);
            }
            Thread.sleep(100);
        }
        throw new AssertionError("no " + pattern + " in " + log);
    }
}
