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
        assertEquals(200, photo.statusCode());
        assertEquals("image/jpeg", photo.headers().firstValue("Content-Type").orElseThrow());
        assertEquals(
                "nosniff", photo.headers().firstValue("X-Content-Type-Options").orElseThrow());
        assertTrue(photo.headers()
                .firstValue("Content-Security-Policy")
                .orElseThrow()
                .startsWith("sandbox"));
        assertTrue(photo.headers().firstValue("Cache-Control").orElseThrow().contains("immutable"));
        Metadata metadata = ImageMetadataReader.readMetadata(new ByteArrayInputStream(photo.body()));
        assertNull(metadata.getFirstDirectoryOfType(GpsDirectory.class));
        assertNull(metadata.getFirstDirectoryOfType(ExifIFD0Directory.class));
        assertNull(metadata.getFirstDirectoryOfType(XmpDirectory.class));
        java.awt.image.BufferedImage upright = javax.imageio.ImageIO.read(new ByteArrayInputStream(photo.body()));
        assertEquals(600, upright.getWidth(), "turned as the phone held it");

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
