package org.palabre.posts;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URI;
import java.net.http.HttpResponse;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.palabre.testing.Forum;
import org.palabre.testing.WebClient;

/**
 * Topics and replies made through the JSON API, so any text (tabs, quotes, NUL) reaches the server exactly
 * as written, and what its answers say.
 */
final class ForumCalls {

    private ForumCalls() {}

    /** A category everyone may read and members may write in; returns its slug. */
    static String publicCategory(URI base, String slug) {
        Forum.publicCategory(base, slug);
        return slug;
    }

    static Forum.Place startTopic(WebClient member, String category, String title, String raw) {
        HttpResponse<String> created = Forum.json(
                member,
                "POST",
                "/api/topics",
                "{\"category\":" + string(category) + ",\"title\":" + string(title) + ",\"raw\":" + string(raw) + "}");
        assertEquals(201, created.statusCode(), created.body());
        return new Forum.Place(
                field(created.body(), "slug", "[a-z0-9-]+"), Long.parseLong(field(created.body(), "id", "[0-9]+")), 1);
    }

    static HttpResponse<String> reply(WebClient member, long topicId, String raw) {
        return Forum.json(member, "POST", "/api/topics/" + topicId + "/posts", "{\"raw\":" + string(raw) + "}");
    }

    /** How many posts the topic holds, as the API tells anyone. */
    static int postCount(WebClient client, long topicId) {
        HttpResponse<String> topic = Forum.json(client, "GET", "/api/topics/" + topicId, null);
        assertEquals(200, topic.statusCode(), topic.body());
        return Integer.parseInt(field(topic.body(), "posts", "[0-9]+"));
    }

    /** Whether the category holds no topic, as the API tells its reader. */
    static boolean isEmpty(WebClient client, String category) {
        return Forum.json(client, "GET", "/api/categories/" + category, null)
                .body()
                .contains("\"topics\":[]");
    }

    /** A JSON string literal; every character outside printable ASCII is escaped, so nothing is lost on the way. */
    static String string(String text) {
        StringBuilder json = new StringBuilder("\"");
        for (char c : text.toCharArray()) {
            if (c == '"' || c == '\\') {
                json.append('\\').append(c);
            } else if (c < 0x20 || c > 0x7e) {
                json.append(String.format("\\u%04x", (int) c));
            } else {
                json.append(c);
            }
        }
        return json.append('"').toString();
    }

    /** What a 422 answer says is wrong with that field, in the reader's words. */
    static String error(String json, String name) {
        int errors = json.indexOf("\"errors\":{");
        if (errors < 0) {
            throw new AssertionError("no \"errors\" in " + json);
        }
        return field(json.substring(errors), name, "[^\"]*");
    }

    /** The first member of that name in a JSON answer: enough for the few top-level fields read here. */
    static String field(String json, String name, String valuePattern) {
        Matcher value = Pattern.compile("\"" + Pattern.quote(name) + "\":\"?(" + valuePattern + ")")
                .matcher(json);
        if (!value.find()) {
            throw new AssertionError("no \"" + name + "\" in " + json);
        }
        return value.group(1);
    }
}
