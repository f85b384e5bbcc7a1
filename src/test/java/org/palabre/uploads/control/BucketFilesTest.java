package org.palabre.uploads.control;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.palabre.testing.S3Server;

/** Uploads kept in a bucket of a real S3 API server (S3Proxy), as several servers share them. */
class BucketFilesTest {

    @TempDir
    static Path folder;

    private static S3Server s3;
    private static BucketFiles files;

    @BeforeAll
    static void startTheStore() {
        s3 = S3Server.start(folder, "palabre-files");
        files = new BucketFiles(new BucketFiles.Settings(
                s3.endpoint().toString(),
                s3.bucket(),
                S3Server.REGION,
                S3Server.ACCESS_KEY,
                S3Server.SECRET_KEY,
                true));
    }

    @AfterAll
    static void stopTheStore() throws Exception {
        files.close();
        s3.close();
    }

    @Test
    void aContentSentTwiceIsOneObjectUnderItsSha256() throws IOException {
        byte[] leaflet = "Rendez-vous place de la mairie à 18 h.".getBytes(StandardCharsets.UTF_8);
        String sha = Uploads.sha256(leaflet);
        files.put(sha, leaflet);
        files.put(sha, leaflet);

        assertEquals(
                List.of("uploads/" + sha),
                s3.keys().stream().filter(k -> k.contains(sha)).toList());
        assertArrayEquals(leaflet, s3.object("uploads/" + sha));
        assertEquals(Optional.of((long) leaflet.length), files.size(sha));
    }

    @Test
    void aRangeIsReadFromTheStoreAsAskedFor() throws IOException {
        byte[] alphabet = "abcdefghijklmnopqrstuvwxyz".getBytes(StandardCharsets.US_ASCII);
        String sha = Uploads.sha256(alphabet);
        files.put(sha, alphabet);

        try (InputStream middle = files.open(sha, 10, 5)) {
            assertEquals("klmno", new String(middle.readAllBytes(), StandardCharsets.US_ASCII));
        }
        try (InputStream rest = files.open(sha, 20)) {
            assertEquals("uvwxyz", new String(rest.readAllBytes(), StandardCharsets.US_ASCII));
        }
    }

    @Test
    void aDeletedContentIsGoneFromTheBucket() throws IOException {
        byte[] draft = "Brouillon jamais publié".getBytes(StandardCharsets.UTF_8);
        String sha = Uploads.sha256(draft);
        files.put(sha, draft);
        assertTrue(s3.keys().contains("uploads/" + sha));

        files.delete(sha);

        assertTrue(!s3.keys().contains("uploads/" + sha));
        assertEquals(Optional.empty(), files.size(sha));
        files.delete(sha); // twice, as two servers' sweeps may
    }

    @Test
    void aStoreThatRefusesTheKeysIsAnErrorNotAMissingFile() {
        try (BucketFiles wrongKey = new BucketFiles(new BucketFiles.Settings(
                s3.endpoint().toString(), s3.bucket(), S3Server.REGION, S3Server.ACCESS_KEY, "not-the-secret", true))) {
            assertTrue(!wrongKey.reachable());
            assertThrows(IOException.class, () -> wrongKey.size(Uploads.sha256(new byte[] {1})));
        }
    }
}
