package org.palabre.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.palabre.testing.EventStream;
import org.palabre.testing.Forum;
import org.palabre.testing.PackagedServer;
import org.palabre.testing.S3Server;
import org.palabre.testing.WebClient;
import org.palabre.uploads.UploadsHttpIT;
import org.palabre.uploads.control.SampleFiles;
import org.palabre.uploads.control.Uploads;

/**
 * Two packaged Palabre servers (target/palabre-microbundle.jar, separate processes on two ports) on one PostgreSQL
 * database that this class creates and drops, as behind a load balancer with no sticky sessions: what one counts,
 * runs, or changes, the other sees. Server A trusts no proxy on this machine, server B trusts 127.0.0.1 as its
 * load balancer. Skipped, saying so, where no PostgreSQL answers at 127.0.0.1:5432.
 */
class SeveralServersIT {

    private static final String POSTGRES = "jdbc:postgresql://127.0.0.1:5432/";
    private static final String DATABASE =
            "palabre_several_servers_" + ProcessHandle.current().pid();
    private static final String PASSWORD = "phrase de passe des deux serveurs";

    private static final List<Process> servers = new ArrayList<>();
    private static Path dataDir;
    private static S3Server bucket;
    private static URI a;
    private static URI b;
    private static WebClient adminOnA;
    private static WebClient adminOnB;

    @BeforeAll
    static void startTwoServersOnOneDatabase() throws Exception {
        try (Connection postgres = DriverManager.getConnection(POSTGRES + "postgres", "postgres", "");
                Statement create = postgres.createStatement()) {
            create.execute("DROP DATABASE IF EXISTS " + DATABASE);
            create.execute("CREATE DATABASE " + DATABASE);
        } catch (SQLException unreachable) {
            Assumptions.abort("Several servers need PostgreSQL, and none answers at 127.0.0.1:5432 ("
                    + unreachable.getMessage() + "): skipped");
        }
        dataDir = Files.createDirectories(
                Path.of(System.getProperty("palabre.it.dataDir", "target/it-data") + "-several-servers"));
        bucket = S3Server.start(dataDir.resolve("s3"), "palabre-several-servers");
        int portA = PackagedServer.freePort();
        int portB = PackagedServer.freePort();
        CompletableFuture<URI> first = CompletableFuture.supplyAsync(() -> start("a", portA, "10.9.9.9"));
        CompletableFuture<URI> second = CompletableFuture.supplyAsync(() -> start("b", portB, "127.0.0.1, ::1"));
        a = first.join();
        b = second.join();

        String code =
                Files.readString(dataDir.resolve("a").resolve("setup-code.txt")).strip();
        PackagedServer.setUpAdministrator(new WebClient(a), code, PASSWORD);
        adminOnA = signedIn(a);
        adminOnB = signedIn(b);
        HttpResponse<String> category = Forum.json(
                adminOnA,
                "POST",
                "/api/categories",
                "{\"name\":\"Deux\",\"slug\":\"deux\",\"description\":\"\",\"colour\":\"#336699\",\"position\":\"0\","
                        + "\"readAccess\":\"EVERYONE\",\"readGroups\":[],\"writeAccess\":\"MEMBERS\",\"writeGroups\":[]}");
        assertEquals(201, category.statusCode(), category.body());
    }

    @AfterAll
    static void stopTheServersAndDropTheDatabase() throws Exception {
        try {
            if (servers.size() == 2) {
                readinessGoesDownBeforeAStoppingServerLeaves(servers.get(0), new WebClient(a));
            }
        } finally {
            for (Process server : servers) {
                server.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
            }
            if (bucket != null) {
                bucket.close();
            }
            try (Connection postgres = DriverManager.getConnection(POSTGRES + "postgres", "postgres", "");
                    Statement drop = postgres.createStatement()) {
                drop.execute("DROP DATABASE IF EXISTS " + DATABASE + " WITH (FORCE)");
            } catch (SQLException unreachable) {
                // nothing was created
            }
        }
    }

    @Test
    void theSecondServerStopsOfferingSetUpOnceTheFirstHasMadeTheAdministrator() {
        // Server B started with no administrator and wrote its own code; A's administrator closes set-up on B too.
        assertEquals(404, new WebClient(b).get("/setup").statusCode());
        assertFalse(Files.exists(dataDir.resolve("b").resolve("setup-code.txt")), "B's unused code is retired");
    }

    @Test
    void attemptsSplitAcrossBothServersMeetTheLimitAtItsNumber() {
        // PALABRE_LIMITS_MAIL_CLIENT=4/3600 on both: four asks in all, whichever server answers them.
        for (URI server : List.of(a, b, a, b)) {
            assertEquals(202, askForAReset(server).statusCode(), "within the limit on " + server);
        }
        assertEquals(429, askForAReset(a).statusCode(), "the fifth, on the first server");
        assertEquals(429, askForAReset(b).statusCode(), "and on the second");
    }

    @Test
    void anUntrustedClientCannotChooseItsAddressWithXForwardedFor() {
        // PALABRE_LIMITS_SIGNUP_CLIENT=3/3600. Server A trusts no proxy here: each made-up address counts as ours.
        for (int i = 1; i <= 3; i++) {
            assertEquals(422, signUpFrom(a, "198.51.100." + i).statusCode());
        }
        assertEquals(429, signUpFrom(a, "198.51.100.4").statusCode(), "the header changed nothing");
        // Server B is behind its trusted balancer (127.0.0.1): the address the balancer saw is the client.
        assertEquals(422, signUpFrom(b, "198.51.100.5").statusCode(), "a client of its own, with its own allowance");
        assertEquals(429, signUpFrom(b, null).statusCode(), "the balancer itself spent its allowance on A");
    }

    @Test
    void aDigestIsQueuedAndMailedOnceWhileBothServersRunTheirSchedulers() throws Exception {
        Forum.topic(adminOnA, "deux", "De quoi faire un résumé", "Un sujet récent pour le résumé.");
        try (Connection db = database();
                Statement statement = db.createStatement()) {
            // The administrator has been a member for over a week, and wants the weekly summary (the default).
            statement.executeUpdate(
                    "UPDATE accounts SET created_at = created_at - INTERVAL '8 days' WHERE username = 'admin'");
            // Both schedulers poll every second: the check is due now for both, and only one may run it.
            statement.executeUpdate(
                    "UPDATE scheduled_tasks SET execution_time = CURRENT_TIMESTAMP WHERE task_name = 'digests-due'");
            Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
            while (count(db, "SELECT count(*) FROM mail_outbox WHERE purpose = 'DIGEST' AND status = 'SENT'") == 0) {
                assertTrue(Instant.now().isBefore(deadline), "no digest was sent within a minute");
                Thread.sleep(500);
            }
            statement.executeUpdate(
                    "UPDATE scheduled_tasks SET execution_time = CURRENT_TIMESTAMP WHERE task_name = 'digests-due'");
            Thread.sleep(4_000); // both servers' mail workers and schedulers had their chances again
            assertEquals(1, count(db, "SELECT count(*) FROM mail_outbox WHERE purpose = 'DIGEST'"));
            assertEquals(
                    1,
                    count(
                            db,
                            "SELECT count(*) FROM logged_mails WHERE recipients LIKE '%admin@palabre.test%' "
                                    + "AND subject LIKE '%Palabre%' AND raw_message LIKE '%faire un r%'"));
        }
    }

    @Test
    void aWatchedWordAddedOnOneServerBlocksPostsOnTheOther() {
        // B compiles the watched words (none yet) while this topic is posted.
        Forum.Place topic = Forum.topic(adminOnB, "deux", "Avant la surveillance", "Rien de spécial ici.");
        HttpResponse<String> watched = Forum.json(
                adminOnA, "POST", "/api/moderation/watched-words", "{\"phrase\":\"chou-rave\",\"action\":\"BLOCK\"}");
        assertEquals(200, watched.statusCode(), watched.body());
        HttpResponse<String> blocked = Forum.json(
                adminOnB, "POST", "/api/topics/" + topic.id() + "/posts", "{\"raw\":\"Parlons du chou-rave.\"}");
        assertTrue(
                blocked.statusCode() >= 400 && blocked.statusCode() < 500, blocked.statusCode() + " " + blocked.body());
        assertTrue(blocked.body().contains("chou-rave"), blocked.body());
    }

    @Test
    void aPhotoSentToOneServerIsServedByTheOtherFromTheSharedBucket() {
        HttpResponse<String> sent = adminOnA.send(UploadsHttpIT.multipart(
                adminOnA, "/api/uploads", Map.of(), "banderole.jpg", SampleFiles.photo(300, 200, 1)));
        assertEquals(201, sent.statusCode(), sent.body());
        Matcher address =
                Pattern.compile("/uploads/([0-9a-f]{32})/banderole\\.jpg").matcher(sent.body());
        assertTrue(address.find(), sent.body());
        assertEquals(
                1,
                bucket.keys().stream()
                        .filter(k -> k.startsWith("uploads/" + address.group(1)))
                        .count());

        HttpResponse<byte[]> onB =
                adminOnB.bytes(adminOnB.request(address.group()).GET().build());
        assertEquals(200, onB.statusCode(), "B has no such file in its own data folder");
        assertEquals("image/jpeg", onB.headers().firstValue("Content-Type").orElseThrow());
        assertTrue(Uploads.sha256(onB.body()).startsWith(address.group(1)), "the very bytes A stored");
    }

    @Test
    void aVisitorsTopicPageOnOneServerShowsAnEditMadeOnTheOther() {
        Forum.Place topic = Forum.topic(adminOnA, "deux", "Un sujet modifié ailleurs", "Première version du texte.");
        WebClient visitorOnB = new WebClient(b);
        assertTrue(visitorOnB.get(topic.topicPath()).body().contains("Première version"));
        assertTrue(visitorOnB.get(topic.topicPath()).body().contains("Première version"), "kept rendered");
        long postId = Forum.postId(adminOnA, topic);
        HttpResponse<String> edited = Forum.json(
                adminOnA, "PUT", "/api/posts/" + postId, "{\"raw\":\"Seconde version du texte.\",\"reason\":\"\"}");
        assertEquals(200, edited.statusCode(), edited.body());
        String page = visitorOnB.get(topic.topicPath()).body();
        assertTrue(page.contains("Seconde version"), "the edit made on A shows on B");
    }

    @Test
    void aReplyOnOneServerReachesAReaderStreamingFromTheOtherUntilTheyMayNoLongerReadIt() throws Exception {
        HttpResponse<String> category = Forum.json(
                adminOnA,
                "POST",
                "/api/categories",
                "{\"name\":\"En direct\",\"slug\":\"en-direct\",\"description\":\"\",\"colour\":\"#336699\","
                        + "\"position\":\"1\",\"readAccess\":\"EVERYONE\",\"readGroups\":[],"
                        + "\"writeAccess\":\"MEMBERS\",\"writeGroups\":[]}");
        assertEquals(201, category.statusCode(), category.body());
        Forum.Place topic = Forum.topic(adminOnA, "en-direct", "Action en cours", "Suivez ici.");
        Duration soon = Duration.ofSeconds(15);
        try (EventStream visitorOnB = EventStream.open(new WebClient(b), "/live/topics/" + topic.id())) {
            assertEquals(200, visitorOnB.status);
            Forum.Place reply = Forum.reply(adminOnA, topic, null, "Nous sommes place de la mairie.");
            long replyId = Forum.postId(adminOnA, reply);
            EventStream.Event published = visitorOnB.next(soon);
            assertNotNull(published, "the reply posted on A is announced to the reader on B");
            assertTrue(published.data().contains("\"post\":" + replyId), published.data());

            // A closes the category to visitors: the reader on B may no longer read the topic, and B ends the stream.
            assertEquals(
                    303,
                    adminOnA.submit(
                                    "/admin/categories/en-direct",
                                    "/admin/categories/en-direct",
                                    Map.of(
                                            "name", "En direct",
                                            "slug", "en-direct",
                                            "description", "",
                                            "colour", "#336699",
                                            "position", "1",
                                            "readAccess", "MEMBERS",
                                            "readGroups", "",
                                            "writeAccess", "MEMBERS",
                                            "writeGroups", ""))
                            .statusCode());
            EventStream.Event last = visitorOnB.next(soon);
            assertNotNull(last, "B tells its reader before ending the stream");
            assertEquals("end", last.name());
        }
    }

    private static void readinessGoesDownBeforeAStoppingServerLeaves(Process server, WebClient probe) throws Exception {
        assertEquals(200, probe.get("/health/ready").statusCode());
        server.destroy(); // SIGTERM; PALABRE_SHUTDOWN_DRAIN_SECONDS=3 on this server
        Instant deadline = Instant.now().plus(Duration.ofSeconds(3));
        int status = 200;
        while (status == 200 && Instant.now().isBefore(deadline)) {
            Thread.sleep(100);
            status = probe.get("/health/ready").statusCode();
        }
        assertEquals(503, status, "readiness is DOWN while the server drains");
        assertEquals(200, probe.get("/").statusCode(), "requests are still answered while it drains");
        assertTrue(server.waitFor(60, TimeUnit.SECONDS), "the server stops after draining");
        assertEquals(0, server.exitValue());
    }

    private static HttpResponse<String> askForAReset(URI server) {
        WebClient client = new WebClient(server);
        return Forum.json(client, "POST", "/api/password-resets", "{\"email\":\"\"}");
    }

    private static HttpResponse<String> signUpFrom(URI server, String forwardedFor) {
        WebClient client = new WebClient(server);
        var request = client.request("/api/signup")
                .header("Origin", client.origin())
                .header("Accept", "application/json")
                .header("Content-Type", "application/json");
        if (forwardedFor != null) {
            request.header("X-Forwarded-For", forwardedFor);
        }
        return client.send(request.POST(java.net.http.HttpRequest.BodyPublishers.ofString("{}"))
                .build());
    }

    private static WebClient signedIn(URI server) {
        WebClient client = new WebClient(server);
        assertEquals(
                303,
                client.submit("/signin", "/signin", Map.of("login", "admin", "password", PASSWORD))
                        .statusCode());
        return client;
    }

    private static Connection database() throws SQLException {
        return DriverManager.getConnection(POSTGRES + DATABASE, "postgres", "");
    }

    private static long count(Connection db, String sql) throws SQLException {
        try (PreparedStatement query = db.prepareStatement(sql);
                ResultSet row = query.executeQuery()) {
            row.next();
            return row.getLong(1);
        }
    }

    private static URI start(String name, int port, String trustedProxies) {
        Map<String, String> env = new java.util.HashMap<>();
        env.put("PALABRE_DATA_DIR", dataDir.resolve(name).toAbsolutePath().toString());
        env.put("PALABRE_DB_URL", POSTGRES + DATABASE);
        env.put("PALABRE_DB_USER", "postgres");
        env.put("PALABRE_DB_PASSWORD", "");
        env.put("PALABRE_TRUSTED_PROXIES", trustedProxies);
        env.put("PALABRE_UPLOADS_S3_ENDPOINT", bucket.endpoint().toString());
        env.put("PALABRE_UPLOADS_S3_BUCKET", bucket.bucket());
        env.put("PALABRE_UPLOADS_S3_ACCESS_KEY", S3Server.ACCESS_KEY);
        env.put("PALABRE_UPLOADS_S3_SECRET_KEY", S3Server.SECRET_KEY);
        env.put("PALABRE_JOBS_POLLING_SECONDS", "1");
        env.put("PALABRE_SHUTDOWN_DRAIN_SECONDS", "3");
        env.put("PALABRE_LIMITS_MAIL_CLIENT", "4/3600");
        env.put("PALABRE_LIMITS_MAIL_ADDRESS", "100/1");
        env.put("PALABRE_LIMITS_SIGNUP_CLIENT", "3/3600");
        for (String action : List.of("TOPIC", "POST", "TOPIC_NEW_ACCOUNT", "POST_NEW_ACCOUNT")) {
            env.put("PALABRE_LIMITS_" + action, "100/1");
        }
        Path log = dataDir.resolve(name + ".log");
        Process server = PackagedServer.start(port, log, env);
        synchronized (servers) {
            servers.add(name.equals("a") ? 0 : servers.size(), server);
        }
        return PackagedServer.awaitReady(server, port, log, Duration.ofSeconds(300));
    }
}
