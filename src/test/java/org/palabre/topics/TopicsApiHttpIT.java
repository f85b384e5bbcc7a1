package org.palabre.topics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.URL;
import java.net.http.HttpResponse;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.palabre.testing.Forum;
import org.palabre.testing.Members;
import org.palabre.testing.WebClient;

/** Categories, topics, posts and revisions over JSON, with the rules of the pages. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class TopicsApiHttpIT {

    @ArquillianResource
    URL base;

    private URI uri;

    @BeforeEach
    void setUp() throws Exception {
        uri = base.toURI();
    }

    @Test
    void aScriptStartsATopicRepliesEditsAndReadsTheRevisions() {
        Forum.publicCategory(uri, "api-campagne");
        WebClient member = Members.joined(uri, "script-api", "script.api@collectif.test");

        HttpResponse<String> created = Forum.json(
                member,
                "POST",
                "/api/topics",
                "{\"category\":\"api-campagne\",\"title\":\"Ouvert par l’API\",\"raw\":\"Premier *message*\"}");
        assertEquals(201, created.statusCode(), created.body());
        long topicId = number(created.body(), "\"id\":(\\d+),\"page\"");
        assertTrue(created.body().contains("<em>message</em>"));

        HttpResponse<String> reply = Forum.json(
                member, "POST", "/api/topics/" + topicId + "/posts", "{\"raw\":\"Une réponse\",\"replyTo\":1}");
        assertEquals(201, reply.statusCode(), reply.body());
        assertTrue(reply.body().contains("\"number\":2") && reply.body().contains("\"replyTo\":1"), reply.body());
        long postId = number(reply.body(), "\"id\":(\\d+)");

        assertEquals(
                422,
                Forum.json(member, "POST", "/api/topics/" + topicId + "/posts", "{\"raw\":\"x\",\"replyTo\":40}")
                        .statusCode(),
                "replying to a post that does not exist is refused");
        HttpResponse<String> empty = Forum.json(member, "POST", "/api/topics/" + topicId + "/posts", "{\"raw\":\"\"}");
        assertEquals(422, empty.statusCode());
        assertTrue(empty.body().contains("\"raw\""), empty.body());

        HttpResponse<String> edited = Forum.json(
                member, "PUT", "/api/posts/" + postId, "{\"raw\":\"Une réponse corrigée\",\"reason\":\"faute\"}");
        assertEquals(200, edited.statusCode(), edited.body());
        assertTrue(edited.body().contains("\"revisions\":2"));
        String revisions = Forum.json(member, "GET", "/api/posts/" + postId + "/revisions", null)
                .body();
        assertTrue(
                revisions.contains("\"raw\":\"Une réponse\"") && revisions.contains("\"reason\":\"faute\""), revisions);

        WebClient stranger = Members.joined(uri, "autre-api", "autre.api@collectif.test");
        assertEquals(
                403,
                Forum.json(stranger, "PUT", "/api/posts/" + postId, "{\"raw\":\"piraté\"}")
                        .statusCode());
        assertEquals(
                403,
                Forum.json(stranger, "POST", "/api/posts/" + postId + "/withdraw", null)
                        .statusCode());

        String topic = Forum.json(new WebClient(uri), "GET", "/api/topics/" + topicId, null)
                .body();
        assertTrue(topic.contains("Une réponse corrigée") && topic.contains("\"canReply\":false"), topic);
        assertTrue(Forum.json(new WebClient(uri), "GET", "/api/categories/api-campagne", null)
                .body()
                .contains("Ouvert par l’API"));
        assertEquals(
                401,
                Forum.json(new WebClient(uri), "POST", "/api/topics/" + topicId + "/posts", "{\"raw\":\"anonyme\"}")
                        .statusCode());
        assertTrue(
                new WebClient(uri).get("/openapi").body().contains("/api/topics/{id}/posts"), "documented in OpenAPI");
    }

    @Test
    void previewCooksMarkdownForSignedInMembersOnly() {
        WebClient member = Members.joined(uri, "apercu-api", "apercu.api@collectif.test");
        HttpResponse<String> preview =
                Forum.json(member, "POST", "/api/posts/preview", "{\"raw\":\"**gras** <script>alert(1)</script>\"}");
        assertEquals(200, preview.statusCode());
        assertTrue(preview.body().contains("<strong>gras</strong>"));
        assertFalse(preview.body().contains("<script>"), preview.body());
        assertEquals(
                401,
                Forum.json(new WebClient(uri), "POST", "/api/posts/preview", "{\"raw\":\"x\"}")
                        .statusCode());
    }

    private static long number(String json, String pattern) {
        Matcher matcher = Pattern.compile(pattern).matcher(json);
        if (!matcher.find()) {
            throw new AssertionError(pattern + " not in " + json);
        }
        return Long.parseLong(matcher.group(1));
    }
}
