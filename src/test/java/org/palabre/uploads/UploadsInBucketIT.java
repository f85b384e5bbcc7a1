package org.palabre.uploads;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.palabre.testing.Forum;
import org.palabre.testing.PackagedServer;
import org.palabre.testing.S3Server;
import org.palabre.testing.WebClient;
import org.palabre.uploads.control.SampleFiles;
import org.palabre.uploads.control.Uploads;

/**
 * The packaged Palabre keeping its uploads in an S3-compatible bucket (S3Proxy, a real S3 API server, as a process of
 * its own): what is sent lands in the bucket once, is served from it (ranges too), and leaves it with the sweep. The
 * sweep runs every minute here and keeps nothing unshown.
 */
class UploadsInBucketIT {

    private static final Pattern UPLOAD = Pattern.compile("/uploads/([0-9a-f]{32})/[A-Za-z0-9_.-]+");
    private static final String PASSWORD = "phrase de passe du seau";

    private static S3Server s3;
    private static Process server;
    private static URI base;
    private static WebClient admin;

    @BeforeAll
    static void startPalabreOnABucket() throws Exception {
        Path dataDir = Files.createDirectories(
                Path.of(System.getProperty("palabre.it.dataDir", "target/it-data") + "-bucket"));
        s3 = S3Server.start(dataDir.resolve("s3"), "palabre-uploads");
        Map<String, String> env = new HashMap<>();
        env.put("PALABRE_DATA_DIR", dataDir.resolve("palabre").toAbsolutePath().toString());
        env.put("PALABRE_UPLOADS_S3_ENDPOINT", s3.endpoint().toString());
        env.put("PALABRE_UPLOADS_S3_BUCKET", s3.bucket());
        env.put("PALABRE_UPLOADS_S3_REGION", S3Server.REGION);
        env.put("PALABRE_UPLOADS_S3_ACCESS_KEY", S3Server.ACCESS_KEY);
        env.put("PALABRE_UPLOADS_S3_SECRET_KEY", S3Server.SECRET_KEY);
        env.put("PALABRE_UPLOADS_GRACE_HOURS", "0");
        env.put("PALABRE_UPLOADS_SWEEP_MINUTES", "1");
        for (String action : List.of("TOPIC", "POST", "TOPIC_NEW_ACCOUNT", "POST_NEW_ACCOUNT")) {
            env.put("PALABRE_LIMITS_" + action, "100/1");
        }
        int port = PackagedServer.freePort();
        Path log = dataDir.resolve("palabre.log");
        server = PackagedServer.start(port, log, env);
        base = PackagedServer.awaitReady(server, port, log, Duration.ofSeconds(300));
        String code = Files.readString(dataDir.resolve("palabre").resolve("setup-code.txt"))
                .strip();
        admin = new WebClient(base);
        PackagedServer.setUpAdministrator(admin, code, PASSWORD);
        HttpResponse<String> category = Forum.json(
                admin,
                "POST",
                "/api/categories",
                "{\"name\":\"Seau\",\"slug\":\"seau\",\"description\":\"\",\"colour\":\"#336699\",\"position\":\"0\","
                        + "\"readAccess\":\"EVERYONE\",\"readGroups\":[],\"writeAccess\":\"MEMBERS\",\"writeGroups\":[]}");
        assertEquals(201, category.statusCode(), category.body());
    }

    @AfterAll
    static void stopBoth() throws Exception {
        if (server != null) {
            server.destroy();
            if (!server.waitFor(30, TimeUnit.SECONDS)) {
                server.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        }
        if (s3 != null) {
            s3.close();
        }
    }

    @Test
    void aPhotoIsKeptOnceInTheBucketServedFromItAndAFileNeverPostedLeavesItWithTheSweep() throws Exception {
        byte[] sent = SampleFiles.photo(800, 600, 1);
        Matcher first = sent(sent, "affiche.jpg");
        Matcher again = sent(sent, "affiche.jpg");
        String address = first.group();
        assertEquals(address, again.group(), "the same photo sent twice has one address");
        Forum.Place topic =
                Forum.topic(admin, "seau", "Affiche dans le seau", "L’affiche :\n\n![affiche.jpg](" + address + ")");
        List<String> stored = keysStartingWith(first.group(1));
        assertEquals(1, stored.size(), "one object for the photo however often it is sent: " + s3.keys());
        String key = stored.get(0);
        String sha = key.substring("uploads/".length());
        assertEquals(2, s3.keys().size(), "the photo and its thumbnail: " + s3.keys());

        WebClient visitor = new WebClient(base);
        assertTrue(visitor.get(topic.topicPath()).body().contains("<img src=\"" + address + "\""));
        HttpResponse<byte[]> whole =
                visitor.bytes(visitor.request(address).GET().build());
        assertEquals(200, whole.statusCode());
        assertEquals("image/jpeg", whole.headers().firstValue("Content-Type").orElseThrow());
        assertEquals("bytes", whole.headers().firstValue("Accept-Ranges").orElseThrow());
        assertArrayEquals(s3.object(key), whole.body(), "served as the bucket keeps it");
        assertEquals(sha, Uploads.sha256(whole.body()), "under the sha256 of its content");

        HttpResponse<byte[]> part = visitor.bytes(
                visitor.request(address).header("Range", "bytes=100-199").GET().build());
        assertEquals(206, part.statusCode());
        assertEquals(
                "bytes 100-199/" + whole.body().length,
                part.headers().firstValue("Content-Range").orElseThrow());
        assertArrayEquals(Arrays.copyOfRange(whole.body(), 100, 200), part.body());
        HttpResponse<byte[]> thumbnail =
                visitor.bytes(visitor.request(address + "?thumbnail").GET().build());
        assertEquals(200, thumbnail.statusCode());
        assertTrue(thumbnail.body().length < whole.body().length, "the thumbnail is the smaller object");

        Set<String> postedKeys = Set.copyOf(s3.keys());
        Matcher unposted = sent(SampleFiles.photo(640, 480, 1), "brouillon.jpg");
        assertEquals(1, keysStartingWith(unposted.group(1)).size(), "kept in the bucket while it may be posted");
        assertEquals(4, s3.keys().size(), s3.keys().toString());

        // No post shows it and the grace period is nil: the next sweep (within a minute) deletes its objects. The
        // sweep deletes the photo and then its thumbnail (stored under its own content's sha256), so the wait is
        // for the bucket to hold exactly what it held before, never for the photo's key alone.
        Instant deadline = Instant.now().plus(Duration.ofSeconds(100));
        while (!Set.copyOf(s3.keys()).equals(postedKeys)) {
            assertTrue(
                    Instant.now().isBefore(deadline),
                    "the sweep left " + s3.keys() + "; the posted photo and its thumbnail are " + postedKeys);
            Thread.sleep(1_000);
        }
        assertTrue(keysStartingWith(unposted.group(1)).isEmpty(), "nothing of the unposted one: " + s3.keys());
        assertEquals(List.of(key), keysStartingWith(first.group(1)), "the posted photo stays, with its thumbnail");
        assertEquals(
                404, admin.bytes(admin.request(unposted.group()).GET().build()).statusCode(), "gone for its sender");
        assertEquals(200, visitor.bytes(visitor.request(address).GET().build()).statusCode());
    }

    private static Matcher sent(byte[] file, String name) {
        HttpResponse<String> sent = admin.send(UploadsHttpIT.multipart(admin, "/api/uploads", Map.of(), name, file));
        assertEquals(201, sent.statusCode(), sent.body());
        Matcher matcher = UPLOAD.matcher(sent.body());
        assertTrue(matcher.find(), "no upload address in " + sent.body());
        return matcher;
    }

    private static List<String> keysStartingWith(String prefix) {
        return s3.keys().stream().filter(k -> k.startsWith("uploads/" + prefix)).toList();
    }
}
