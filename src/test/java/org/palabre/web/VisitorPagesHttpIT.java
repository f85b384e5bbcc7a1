package org.palabre.web;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.zip.GZIPInputStream;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.palabre.testing.Administrator;
import org.palabre.testing.Forum;
import org.palabre.testing.WebClient;

/** Visitors' pages are served fast and cached by browsers and proxies, yet never stale nor another's. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class VisitorPagesHttpIT {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @ArquillianResource
    URL base;

    private URI uri;
    private WebClient admin;

    @BeforeEach
    void signIn() throws Exception {
        uri = base.toURI();
        admin = Administrator.signedIn(uri);
    }

    private HttpResponse<byte[]> visit(String path, String... headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri.resolve(path));
        if (headers.length > 0) {
            request.headers(headers);
        }
        if (!java.util.Arrays.asList(headers).contains("Accept-Language")) {
            request.header("Accept-Language", "fr");
        }
        try {
            return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String text(HttpResponse<byte[]> response) {
        return new String(response.body(), StandardCharsets.UTF_8);
    }

    private Forum.Place topicIn(String category, String raw) {
        Forum.sharedPublicCategory(uri, category);
        return Forum.topic(admin, category, "Cache des pages " + raw.length() + " " + System.nanoTime(), raw);
    }

    @Test
    void aBrowserHoldingTheCurrentPageIsToldItIsUnchanged() {
        Forum.Place topic = topicIn("perf-cache", "Premier message à garder en cache.");
        HttpResponse<byte[]> first = visit(topic.topicPath());
        assertEquals(200, first.statusCode());
        String tag = first.headers().firstValue("ETag").orElseThrow();
        assertEquals(
                "public, max-age=0, must-revalidate",
                first.headers().firstValue("Cache-Control").orElseThrow());
        assertEquals(
                "Accept-Encoding, Cookie, Accept-Language",
                first.headers().firstValue("Vary").orElseThrow());
        assertTrue(first.headers().allValues("Set-Cookie").isEmpty(), "a visitor's page sets no cookie");

        HttpResponse<byte[]> again = visit(topic.topicPath(), "If-None-Match", tag);
        assertEquals(304, again.statusCode());
        assertEquals(0, again.body().length);
        assertEquals(tag, again.headers().firstValue("ETag").orElseThrow());

        HttpResponse<byte[]> english = visit(topic.topicPath(), "If-None-Match", tag, "Accept-Language", "en");
        assertEquals(200, english.statusCode(), "the English page is another page");
        assertTrue(text(english).contains("<html lang=\"en\">"));
    }

    @Test
    void gzipIsSentToThoseWhoTakeItAndHoldsTheSamePage() throws IOException {
        Forum.Place topic = topicIn("perf-cache", "Un message compressé, puis décompressé à l’identique.");
        HttpResponse<byte[]> plain = visit(topic.topicPath());
        assertTrue(plain.headers().firstValue("Content-Encoding").isEmpty());
        HttpResponse<byte[]> gzipped = visit(topic.topicPath(), "Accept-Encoding", "gzip, deflate, br");
        assertEquals("gzip", gzipped.headers().firstValue("Content-Encoding").orElseThrow());
        assertTrue(gzipped.body().length < plain.body().length);
        try (GZIPInputStream unzipped = new GZIPInputStream(new ByteArrayInputStream(gzipped.body()))) {
            assertArrayEquals(plain.body(), unzipped.readAllBytes());
        }
        assertFalse(
                gzipped.headers().firstValue("ETag").equals(plain.headers().firstValue("ETag")),
                "each encoding has its own strong tag");
        HttpResponse<byte[]> refused = visit(topic.topicPath(), "Accept-Encoding", "gzip;q=0, identity");
        assertTrue(refused.headers().firstValue("Content-Encoding").isEmpty());
    }

    @Test
    void aSignedInMembersPageIsNeverStoredBySharedCaches() {
        Forum.Place topic = topicIn("perf-cache", "Un message lu par un membre connecté.");
        visit(topic.topicPath());
        HttpResponse<String> member = admin.get(topic.topicPath());
        assertEquals(200, member.statusCode());
        assertEquals(
                "private, no-store",
                member.headers().firstValue("Cache-Control").orElseThrow());
        assertTrue(member.headers().firstValue("ETag").isEmpty(), "no tag a proxy could serve to visitors");
        assertTrue(member.body().contains("signed-in-as"), "the member's own page, not the visitors' one");
    }

    @Test
    void anEditShowsToVisitorsAtOnce() {
        Forum.Place topic = topicIn("perf-cache", "Texte avant la correction.");
        String before = visit(topic.topicPath()).headers().firstValue("ETag").orElseThrow();
        assertTrue(text(visit(topic.topicPath())).contains("Texte avant la correction."));
        long post = Forum.postId(admin, topic);
        HttpResponse<String> edited = Forum.json(
                admin, "PUT", "/api/posts/" + post, "{\"raw\":\"Texte après la correction.\",\"reason\":\"coquille\"}");
        assertEquals(200, edited.statusCode(), edited.body());
        HttpResponse<byte[]> after = visit(topic.topicPath(), "If-None-Match", before);
        assertEquals(200, after.statusCode());
        assertTrue(text(after).contains("Texte après la correction."));
        assertFalse(text(after).contains("Texte avant la correction."));
    }

    @Test
    void aHiddenPostLeavesTheVisitorsPageAtOnce() {
        Forum.Place topic = topicIn("perf-cache", "Le premier message reste.");
        Forum.Place reply = Forum.reply(admin, topic, null, "Une réponse que la modération retire.");
        assertTrue(text(visit(topic.topicPath())).contains("Une réponse que la modération retire."));
        long post = Forum.postId(admin, reply);
        HttpResponse<String> deleted =
                Forum.json(admin, "POST", "/api/moderation/posts/" + post + "/delete", "{\"reason\":\"hors sujet\"}");
        assertEquals(200, deleted.statusCode(), deleted.body());
        assertFalse(text(visit(topic.topicPath())).contains("Une réponse que la modération retire."));
    }

    @Test
    void aCategoryClosedToVisitorsIsNoLongerServedToThem() {
        Forum.publicCategory(uri, "perf-ferme");
        Forum.Place topic =
                Forum.topic(admin, "perf-ferme", "Bientôt réservé aux membres", "Texte public pour un temps.");
        assertEquals(200, visit(topic.topicPath()).statusCode());
        assertEquals(200, visit("/c/perf-ferme").statusCode());
        HttpResponse<String> closed = Forum.json(
                admin,
                "PUT",
                "/api/categories/perf-ferme",
                "{\"name\":\"Catégorie perf-ferme\",\"slug\":\"perf-ferme\",\"description\":\"Pour les tests\","
                        + "\"colour\":\"#336699\",\"position\":\"0\",\"readAccess\":\"MEMBERS\",\"readGroups\":[],"
                        + "\"writeAccess\":\"MEMBERS\",\"writeGroups\":[]}");
        assertEquals(200, closed.statusCode(), closed.body());
        HttpResponse<byte[]> page = visit(topic.topicPath());
        assertFalse(text(page).contains("Texte public pour un temps."), "status " + page.statusCode());
        assertFalse(text(visit("/c/perf-ferme")).contains("Bientôt réservé aux membres"));
    }
}
