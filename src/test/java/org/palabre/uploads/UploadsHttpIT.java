package org.palabre.uploads;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.drew.imaging.ImageMetadataReader;
import com.drew.metadata.Metadata;
import com.drew.metadata.exif.ExifIFD0Directory;
import com.drew.metadata.exif.GpsDirectory;
import com.drew.metadata.xmp.XmpDirectory;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.palabre.testing.Administrator;
import org.palabre.testing.Forum;
import org.palabre.testing.Members;
import org.palabre.testing.WebClient;
import org.palabre.uploads.control.SampleFiles;

/** Files in posts: sent from the composer or the API, shown to those who may read the post, clean of metadata. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
public class UploadsHttpIT {

    private static final Pattern UPLOAD = Pattern.compile("/uploads/[0-9a-f]{32}/[A-Za-z0-9_.-]+");

    @ArquillianResource
    URL base;

    private URI uri;

    @BeforeEach
    void setUp() throws Exception {
        uri = base.toURI();
        Forum.sharedPublicCategory(uri, "up-place-publique");
    }

    @Test
    void aPhotoAttachedWithoutJavaScriptIsPostedAndServedWithoutItsPosition() throws Exception {
        WebClient admin = Administrator.signedIn(uri);
        String token = WebClient.csrfTokenIn(
                admin.get("/new-topic?category=up-place-publique").body());
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("_csrf", token);
        fields.put("category", "up-place-publique");
        fields.put("title", "Affiche du rassemblement");
        fields.put("raw", "Voici l’affiche, à imprimer :");
        fields.put("intent", "upload");
        HttpResponse<String> attached =
                admin.send(multipart(admin, "/new-topic", fields, "IMG_2041.JPG", SampleFiles.photo(800, 600, 6)));

        assertEquals(200, attached.statusCode(), attached.body());
        String page = attached.body();
        assertTrue(page.contains("Voici l’affiche, à imprimer :"), "what was typed is kept");
        assertTrue(page.contains("value=\"Affiche du rassemblement\""), "the title too");
        assertTrue(page.contains("réencodée"), "the member is told the photo was cleaned");
        String address = first(UPLOAD, page);
        assertTrue(address.endsWith("/IMG_2041.jpg"), address);
        assertTrue(page.contains("<img src=\"" + address + "\""), "the preview shows it");

        String raw = "Voici l’affiche, à imprimer :\n\n![IMG_2041.jpg](" + address + ")";
        Forum.Place topic = Forum.topic(admin, "up-place-publique", "Affiche du rassemblement", raw);

        WebClient visitor = new WebClient(uri);
        assertTrue(visitor.get(topic.topicPath()).body().contains("<img src=\"" + address + "\""));
        HttpResponse<byte[]> photo =
                visitor.bytes(visitor.request(address).GET().build());
        assertServedClean(photo);
        assertTrue(photo.headers().firstValue("Cache-Control").orElseThrow().contains("immutable"));

        String etag = photo.headers().firstValue("ETag").orElseThrow();
        assertEquals(
                304,
                visitor.bytes(visitor.request(address)
                                .header("If-None-Match", etag)
                                .GET()
                                .build())
                        .statusCode());
    }

    @Test
    void aLeafletSentThroughTheApiShowsItsAuthorAndStaysWithItsUploaderUntilPosted() {
        WebClient member = Members.joined(uri, "Up-Nadia", "up.nadia@collectif.test");
        HttpResponse<String> sent = member.send(
                multipart(member, "/api/uploads", Map.of(), "tract.pdf", SampleFiles.leaflet("Nadia Benali")));
        assertEquals(201, sent.statusCode(), sent.body());
        assertTrue(sent.body().contains("Nadia Benali"), "the PDF's author is shown before posting: " + sent.body());
        String address = first(UPLOAD, sent.body());

        HttpResponse<byte[]> own = member.bytes(member.request(address).GET().build());
        assertEquals(200, own.statusCode());
        assertTrue(own.headers().firstValue("Content-Disposition").orElseThrow().startsWith("attachment"));
        assertEquals(404, new WebClient(uri).get(address).statusCode(), "nobody else sees an unposted file");

        HttpResponse<byte[]> part = member.bytes(
                member.request(address).header("Range", "bytes=0-7").GET().build());
        assertEquals(206, part.statusCode());
        assertEquals("%PDF-1.4", new String(part.body(), StandardCharsets.ISO_8859_1));
    }

    @Test
    void aFileInAGroupOnlyCategoryIsServedToNobodyOutsideTheGroup() {
        WebClient insider = Members.joined(uri, "Up-Ines", "up.ines@collectif.test");
        WebClient outsider = Members.joined(uri, "Up-Oscar", "up.oscar@collectif.test");
        WebClient admin = Administrator.signedIn(uri);
        admin.submit("/groups", "/groups", Map.of("name", "up-bureau", "description", "Bureau"));
        admin.submit("/g/up-bureau", "/g/up-bureau/members", Map.of("username", "Up-Ines"));
        Forum.category(uri, "up-bureau-prive", "GROUPS", "up-bureau", "GROUPS", "up-bureau");

        HttpResponse<String> sent =
                admin.send(multipart(admin, "/api/uploads", Map.of(), "liste.png", SampleFiles.photo(120, 80, 1)));
        assertEquals(201, sent.statusCode(), sent.body());
        String address = first(UPLOAD, sent.body());
        Forum.topic(admin, "up-bureau-prive", "Liste des contacts", "![liste](" + address + ")");

        HttpResponse<byte[]> shown =
                insider.bytes(insider.request(address).GET().build());
        assertEquals(200, shown.statusCode());
        assertTrue(
                shown.headers().allValues("Cache-Control").stream().allMatch(v -> v.startsWith("private")),
                shown.headers().map().toString());
        for (WebClient other : new WebClient[] {outsider, new WebClient(uri)}) {
            assertEquals(404, other.get(address).statusCode());
            assertEquals(404, other.get(address + "?thumbnail").statusCode());
            assertEquals(
                    404, other.get(address.replaceAll("/[^/]+$", "/liste.jpg")).statusCode());
        }
    }

    @Test
    void programsMarkupAndImagesFromNewMembersAreRefusedWithAReason() {
        WebClient member = Members.joined(uri, "Up-Pablo", "up.pablo@collectif.test");
        Map<String, byte[]> refused = Map.of(
                "photo.jpg",
                new byte[] {0x7F, 'E', 'L', 'F', 2, 1, 1, 0, 0, 0, 0, 0},
                "tract.pdf",
                new byte[] {'M', 'Z', (byte) 0x90, 0, 3, 0, 0, 0},
                "affiche.svg",
                "<svg xmlns=\"http://www.w3.org/2000/svg\"><script>alert(1)</script></svg>"
                        .getBytes(StandardCharsets.UTF_8),
                "page.txt",
                "<html><body onload=alert(1)></body></html>".getBytes(StandardCharsets.UTF_8));
        refused.forEach((name, content) -> {
            HttpResponse<String> answer = member.send(multipart(member, "/api/uploads", Map.of(), name, content));
            assertEquals(422, answer.statusCode(), name + ": " + answer.body());
        });
        HttpResponse<String> photo =
                member.send(multipart(member, "/api/uploads", Map.of(), "moi.jpg", SampleFiles.photo(40, 40, 1)));
        assertEquals(422, photo.statusCode());
        assertTrue(photo.body().contains("nouveaux membres"), photo.body());
    }

    @Test
    void aNewMembersDailyAllowanceEndsWithItsFigureAndTheExportListsWhatWasSent() {
        WebClient member = Members.joined(uri, "Up-Quentin", "up.quentin@collectif.test");
        int sent = 0;
        HttpResponse<String> answer;
        do {
            answer = member.send(multipart(member, "/api/uploads", Map.of(), "notes-" + sent + ".txt", notes(sent)));
            sent++;
        } while (answer.statusCode() == 201 && sent < 20);

        assertEquals(422, answer.statusCode(), answer.body());
        assertEquals(11, sent, "ten files of 500 KB fit in a new member's 5 MB a day, the eleventh does not");
        assertTrue(
                answer.body().contains("Vous avez envoyé tout ce que vous pouvez aujourd’hui (5 Mo)"), answer.body());
        assertEquals(
                422,
                member.send(multipart(member, "/api/uploads", Map.of(), "encore.txt", notes(99)))
                        .statusCode(),
                "and so is the next");

        HttpResponse<String> export = member.get("/api/me/export");
        assertEquals(200, export.statusCode(), export.body());
        for (int n = 0; n < 10; n++) {
            assertTrue(export.body().contains("\"name\":\"notes-" + n + ".txt\""), "file " + n + " exported");
        }
        assertTrue(first(UPLOAD, export.body()).endsWith(".txt"), "with its address");
        assertTrue(!export.body().contains("encore.txt"), "a refused file is not the member's");
    }

    @Test
    void aFileAttachedAsPublishIsRefusedForPostingTooFastStaysWithItsUploader() {
        WebClient member = Members.joined(uri, "Up-Rosa", "up.rosa@collectif.test");
        assertEquals("1", member.get("/test-support/age/Up-Rosa").body(), "past the first day: one topic per 15 s");
        Forum.topic(member, "up-place-publique", "Ordre du jour de jeudi", "Premier point : le local.");
        String token = WebClient.csrfTokenIn(
                member.get("/new-topic?category=up-place-publique").body());
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("_csrf", token);
        fields.put("category", "up-place-publique");
        fields.put("title", "Compte rendu de jeudi");
        fields.put("raw", "Le compte rendu est joint.");
        fields.put("intent", "publish");
        HttpResponse<String> refused =
                member.send(multipart(member, "/new-topic", fields, "compte-rendu.txt", notes(500)));

        assertEquals(429, refused.statusCode(), "posting twice within seconds is refused");
        String address = first(UPLOAD, refused.body());
        assertEquals(
                200,
                member.bytes(member.request(address).GET().build()).statusCode(),
                "the file the composer shows again is kept, not rolled back with the refused post");
        assertTrue(member.get("/api/uploads").body().contains(address), "and listed among the member's files");
    }

    /** 500 KB of text, different for each n. */
    private static byte[] notes(int n) {
        StringBuilder text = new StringBuilder("Notes de reunion " + n + "\n");
        while (text.length() < 500 * 1024 - 40) {
            text.append("Point ").append(text.length()).append(" : a suivre.\n");
        }
        return text.substring(0, 500 * 1024 - 40).getBytes(StandardCharsets.UTF_8);
    }

    /**
     * The 800 x 600 sample photo (orientation 6, GPS, XMP) as served: a JPEG never sniffed nor run, upright, and
     * without any of its metadata.
     */
    static void assertServedClean(HttpResponse<byte[]> photo) throws Exception {
        assertEquals(200, photo.statusCode());
        assertEquals("image/jpeg", photo.headers().firstValue("Content-Type").orElseThrow());
        assertEquals(
                "nosniff", photo.headers().firstValue("X-Content-Type-Options").orElseThrow());
        assertTrue(photo.headers()
                .firstValue("Content-Security-Policy")
                .orElseThrow()
                .startsWith("sandbox"));
        Metadata metadata = ImageMetadataReader.readMetadata(new ByteArrayInputStream(photo.body()));
        assertNull(metadata.getFirstDirectoryOfType(GpsDirectory.class));
        assertNull(metadata.getFirstDirectoryOfType(ExifIFD0Directory.class));
        assertNull(metadata.getFirstDirectoryOfType(XmpDirectory.class));
        java.awt.image.BufferedImage upright = javax.imageio.ImageIO.read(new ByteArrayInputStream(photo.body()));
        assertEquals(600, upright.getWidth(), "turned as the phone held it");
    }

    private static String first(Pattern pattern, String text) {
        Matcher matcher = pattern.matcher(text);
        assertTrue(matcher.find(), "no upload address in " + text);
        return matcher.group();
    }

    /** A multipart form as a browser sends it: the fields, then the file under "file". */
    public static HttpRequest multipart(
            WebClient client, String path, Map<String, String> fields, String name, byte[] file) {
        String boundary = "----palabre" + System.nanoTime();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        fields.forEach((key, value) -> body.writeBytes(
                ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + key + "\"\r\n\r\n" + value + "\r\n")
                        .getBytes(StandardCharsets.UTF_8)));
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + name
                        + "\"\r\nContent-Type: application/octet-stream\r\n\r\n")
                .getBytes(StandardCharsets.UTF_8));
        body.writeBytes(file);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return client.request(path)
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .header("Origin", client.origin())
                .header("Accept", path.startsWith("/api/") ? "application/json" : "text/html")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
                .build();
    }
}
