package org.palabre.posts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.palabre.testing.Forum;
import org.palabre.testing.Members;
import org.palabre.testing.WebClient;

/**
 * Input no forum member should send, through the forms and the JSON API alike: refused with a message the
 * member can read (never a stack trace), and nothing stored.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class BadInputHttpIT {

    private static final String TOO_LONG = "Trop long : 32\u202f000 caractères au plus.";
    private static final String TOO_LARGE = "Ce que vous avez envoyé dépasse 1 Mo.";
    private static final String TITLE_CONTROLS = "Le titre contient des caractères invisibles ou de contrôle";
    private static final String RAW_CONTROLS = "Le message contient des caractères de contrôle";
    private static final String TOO_DEEP = "Citations ou listes trop imbriquées (64 niveaux au plus).";

    @ArquillianResource
    URL base;

    private URI uri;

    @BeforeEach
    void setUp() throws Exception {
        uri = base.toURI();
    }

    @Test
    void aOneMegabyteReplyIsRefusedWithTheLimitInTheFormAndTheApiAndNothingIsStored() {
        WebClient member = Members.joined(uri, "Gros-Colis", "gros-colis@bad-input.test");
        String category = ForumCalls.publicCategory(uri, "bad-input-long");
        Forum.Place topic = ForumCalls.startTopic(member, category, "Un message d’un mégaoctet", "Premier message.");
        String oneMegabyte = "a".repeat(1_000_000);

        HttpResponse<String> form = member.submit(
                topic.topicPath() + "/reply",
                topic.topicPath() + "/reply",
                Map.of("raw", oneMegabyte, "intent", "publish"));
        assertEquals(422, form.statusCode());
        assertTrue(form.body().contains(TOO_LONG), "the form tells the limit: " + excerpt(form.body()));
        assertTrue(
                form.body().contains("a".repeat(32_000) + "</textarea>")
                        && !form.body().contains("a".repeat(32_001)),
                "the form gives back what could ever be accepted, not the whole megabyte");

        HttpResponse<String> api = ForumCalls.reply(member, topic.id(), oneMegabyte);
        assertEquals(422, api.statusCode(), api.body());
        assertEquals(TOO_LONG, ForumCalls.error(api.body(), "raw"), "errors.raw tells the limit");

        assertEquals(1, ForumCalls.postCount(member, topic.id()), "nothing was stored");
    }

    @Test
    void aOneMegabyteTopicIsRefusedThroughTheApiAndNoTopicIsMade() {
        WebClient member = Members.joined(uri, "Gros-Sujet", "gros-sujet@bad-input.test");
        String category = ForumCalls.publicCategory(uri, "bad-input-topic");
        HttpResponse<String> api = Forum.json(
                member,
                "POST",
                "/api/topics",
                "{\"category\":\"" + category + "\",\"title\":\"Un sujet d’un mégaoctet\",\"raw\":"
                        + ForumCalls.string("b".repeat(1_000_000)) + "}");
        assertEquals(422, api.statusCode(), api.body());
        assertEquals(TOO_LONG, ForumCalls.error(api.body(), "raw"));
        assertTrue(ForumCalls.isEmpty(member, category), "no topic was made");
    }

    @Test
    void aBodyOverOneMebibyteIsRefusedAsTooLargeOnAReadablePageAndNothingIsStored() {
        WebClient member = Members.joined(uri, "Tres-Gros", "tres-gros@bad-input.test");
        String category = ForumCalls.publicCategory(uri, "bad-input-large");
        Forum.Place topic = ForumCalls.startTopic(member, category, "Plus d’un mébioctet", "Premier message.");

        HttpResponse<String> form = overHttp11(
                member, topic.topicPath() + "/reply", Map.of("raw", "c".repeat(1_100_000), "intent", "publish"));
        assertEquals(413, form.statusCode());
        assertTrue(form.headers().firstValue("Content-Type").orElse("").startsWith("text/html"));
        assertTrue(
                form.body().contains("<h1>Envoi trop volumineux</h1>")
                        && form.body().contains(TOO_LARGE),
                excerpt(form.body()));
        assertFalse(
                form.body().contains("Exception") || form.body().contains("at org."),
                "no stack trace: " + excerpt(form.body()));

        assertEquals(1, ForumCalls.postCount(member, topic.id()), "nothing was stored");
    }

    /*
     * JSON-B reads a whole body into memory before the resource can refuse it: a body of a few hundred
     * megabytes, sent without even being signed in, ran the server out of memory. Both ways a client may
     * send it: straight away, or (as curl does for any large body) waiting for "100 Continue" first. Over
     * HTTP/1.1 for the reason given at overHttp11.
     */
    @ParameterizedTest(name = "waiting for 100 Continue: {0}")
    @ValueSource(booleans = {false, true})
    void anApiBodyFarOverOneMebibyteIsRefusedAsTooLargeSignedInOrNot(boolean expectContinue) {
        String name = "Enorme-" + expectContinue;
        WebClient member = Members.joined(uri, name, name.toLowerCase() + "@bad-input.test");
        String category = ForumCalls.publicCategory(uri, "bad-input-huge-" + expectContinue);
        Forum.Place topic = ForumCalls.startTopic(member, category, "Huit mébioctets", "Premier message.");
        String eightMebibytes = "{\"raw\":\"" + "d".repeat(8 * 1024 * 1024) + "\"}";

        for (WebClient client : List.of(member, new WebClient(uri))) {
            HttpResponse<String> refused = client.send(client.request("/api/topics/" + topic.id() + "/posts")
                    .version(HttpClient.Version.HTTP_1_1)
                    .expectContinue(expectContinue)
                    .header("Content-Type", "application/json")
                    .header("Origin", client.origin())
                    .POST(HttpRequest.BodyPublishers.ofString(eightMebibytes))
                    .build());
            assertEquals(413, refused.statusCode(), excerpt(refused.body()));
            assertEquals(TOO_LARGE, ForumCalls.field(refused.body(), "detail", "[^\"]*"));
        }
        assertEquals(1, ForumCalls.postCount(member, topic.id()), "nothing was stored");
    }

    /**
     * A form post as a browser sends it to Palabre: over HTTP/1.1. Browsers speak HTTP/2 only over TLS; the
     * JDK client's cleartext HTTP/2 upgrade is something no reader uses, and there Payara answers a body
     * refused before it was read with a stream reset, which the client reports as an error, not the answer.
     */
    private static HttpResponse<String> overHttp11(WebClient client, String formPage, Map<String, String> fields) {
        Map<String, String> withToken = new LinkedHashMap<>(fields);
        withToken.put("_csrf", WebClient.csrfTokenIn(client.get(formPage).body()));
        return client.send(client.request(formPage)
                .version(HttpClient.Version.HTTP_1_1)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Origin", client.origin())
                .POST(HttpRequest.BodyPublishers.ofString(WebClient.encode(withToken)))
                .build());
    }

    @ParameterizedTest(name = "title {0}")
    @ValueSource(
            strings = {
                "Ligne un\r\nSubject: injecté",
                "Ligne un\nLigne deux",
                "Facture \u202egpj.exe",
                "Isolat \u2067inversé\u2069 ici",
                "Nul \u0000 au milieu"
            })
    void aTitleWithLineBreaksDirectionOverridesOrNulIsRefusedInTheFormAndTheApi(String title) {
        WebClient member = Members.joined(
                uri,
                "Titreur" + Integer.toHexString(title.hashCode()),
                "titreur" + Integer.toHexString(title.hashCode()) + "@bad-input.test");
        String category = ForumCalls.publicCategory(uri, "bad-title-" + Integer.toHexString(title.hashCode()));

        HttpResponse<String> form = member.submit(
                "/new-topic",
                "/new-topic",
                Map.of(
                        "category",
                        category,
                        "title",
                        title,
                        "raw",
                        "Un message tout à fait correct.",
                        "intent",
                        "publish"));
        assertEquals(422, form.statusCode());
        assertTrue(form.body().contains(TITLE_CONTROLS), excerpt(form.body()));

        HttpResponse<String> api = Forum.json(
                member,
                "POST",
                "/api/topics",
                "{\"category\":\"" + category + "\",\"title\":" + ForumCalls.string(title)
                        + ",\"raw\":\"Un message tout à fait correct.\"}");
        assertEquals(422, api.statusCode(), api.body());
        assertTrue(ForumCalls.error(api.body(), "title").startsWith(TITLE_CONTROLS), api.body());

        assertTrue(ForumCalls.isEmpty(member, category), "no topic was made");
    }

    @Test
    void aNulInAPostIsRefusedInTheFormAndTheApi() {
        WebClient member = Members.joined(uri, "Nul-Part", "nul-part@bad-input.test");
        String category = ForumCalls.publicCategory(uri, "bad-input-nul");
        Forum.Place topic = ForumCalls.startTopic(member, category, "Un octet nul", "Premier message.");

        HttpResponse<String> form = member.submit(
                topic.topicPath() + "/reply",
                topic.topicPath() + "/reply",
                Map.of("raw", "avant \u0000 après", "intent", "publish"));
        assertEquals(422, form.statusCode());
        assertTrue(form.body().contains(RAW_CONTROLS), excerpt(form.body()));

        HttpResponse<String> api = ForumCalls.reply(member, topic.id(), "avant \u0000 après");
        assertEquals(422, api.statusCode(), api.body());
        assertTrue(ForumCalls.error(api.body(), "raw").startsWith(RAW_CONTROLS), api.body());

        assertEquals(1, ForumCalls.postCount(member, topic.id()), "nothing was stored");
    }

    @ParameterizedTest(name = "10,000 x \"{0}\"")
    @ValueSource(strings = {">", "- "})
    void tenThousandNestedQuotesOrListsAreRefusedInThePreviewAndOnPublishing(String level) {
        String name = "Gigogne" + level.strip().hashCode();
        WebClient member = Members.joined(uri, name, name.toLowerCase() + "@bad-input.test");
        String category =
                ForumCalls.publicCategory(uri, "bad-input-deep-" + level.strip().hashCode());
        Forum.Place topic = ForumCalls.startTopic(member, category, "Des poupées gigognes", "Premier message.");
        String deep = level.repeat(10_000) + "tout au fond";

        long start = System.nanoTime();
        HttpResponse<String> preview = member.submit(
                topic.topicPath() + "/reply", topic.topicPath() + "/reply", Map.of("raw", deep, "intent", "preview"));
        System.out.printf(
                "10,000 x \"%s\" previewed (refused) in %d ms%n", level, (System.nanoTime() - start) / 1_000_000);
        assertEquals(422, preview.statusCode());
        assertTrue(preview.body().contains(TOO_DEEP), excerpt(preview.body()));

        HttpResponse<String> api =
                Forum.json(member, "POST", "/api/posts/preview", "{\"raw\":" + ForumCalls.string(deep) + "}");
        assertEquals(422, api.statusCode(), api.body());
        assertEquals(TOO_DEEP, ForumCalls.error(api.body(), "raw"));

        assertEquals(422, ForumCalls.reply(member, topic.id(), deep).statusCode());
        assertEquals(1, ForumCalls.postCount(member, topic.id()), "nothing was stored");
    }

    private static String excerpt(String body) {
        return body.length() > 2_000 ? body.substring(0, 2_000) + "…" : body;
    }

    /**
     * Bodies no JSON parser makes sense of, on every kind of endpoint, and a reply whose replyTo is not a post
     * number: each was a 500.
     */
    @ParameterizedTest
    @ValueSource(
            strings = {
                "{\"raw\": \"tronqué",
                "{\"raw\": \"x\", \"replyTo\": \"deux\"}",
                "{\"raw\": \"x\", \"replyTo\": 99999999999999999999999}",
                "{\"raw\": \"x\", \"replyTo\": [1]}",
                "[1, 2, 3]",
                "\"une chaîne\"",
                "pas du JSON",
                "DEEP"
            })
    void malformedJsonIsA400ProblemOnEveryEndpointNeverA500(String body) {
        String sent = body.equals("DEEP") ? "[".repeat(20_000) + "]".repeat(20_000) : body;
        WebClient member = Members.joined(
                uri,
                "Json" + Integer.toHexString(body.hashCode()),
                "json" + Integer.toHexString(body.hashCode()) + "@bad-input.test");
        String category = ForumCalls.publicCategory(uri, "bad-json-" + Integer.toHexString(body.hashCode()));
        Forum.Place topic = ForumCalls.startTopic(member, category, "Du JSON mal formé", "Premier message.");
        long post = Forum.postId(member, topic);
        String[][] endpoints = {
            {"POST", "/api/signup"},
            {"POST", "/api/topics"},
            {"POST", "/api/topics/" + topic.id() + "/posts"},
            {"PUT", "/api/posts/" + post},
            {"PUT", "/api/me/preferences"}
        };
        boolean wrongType = body.startsWith("{\"raw\": \"x\"");
        for (String[] endpoint : wrongType ? new String[][] {endpoints[2]} : endpoints) {
            HttpResponse<String> answer = Forum.json(member, endpoint[0], endpoint[1], sent);
            String what = endpoint[0] + " " + endpoint[1] + " " + body;
            // JSON-B reads a number too large for an int as its low bits: no such post, a 422 naming the field.
            int expected = body.contains("99999999999999999999999") ? 422 : 400;
            assertEquals(expected, answer.statusCode(), what + ": " + answer.body());
            assertEquals(
                    "application/problem+json",
                    answer.headers().firstValue("Content-Type").orElse("").split(";")[0],
                    what);
            assertTrue(answer.body().contains("\"status\":" + expected), what + ": " + answer.body());
        }
    }
}
