package org.palabre.moderation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.palabre.testing.Administrator;
import org.palabre.testing.Forum;
import org.palabre.testing.MailLogReader;
import org.palabre.testing.Members;
import org.palabre.testing.WebClient;

/** Moderation as the tests drive it: members and moderators, the pages' forms, flags, the API with a token, the log. */
final class ModerationCalls {

    private ModerationCalls() {}

    /** A member who joined in this language, two days old (past the limits of new accounts), signed in. */
    static WebClient joined(URI uri, String username, String language) {
        WebClient visitor = new WebClient(uri).speaking(language);
        String email = username.toLowerCase() + "@kes.test";
        HttpResponse<String> signedUp = visitor.submit(
                "/signup",
                "/signup",
                Map.of(
                        "username",
                        username,
                        "email",
                        email,
                        "password",
                        Members.PASSWORD,
                        "passwordAgain",
                        Members.PASSWORD));
        assertEquals(200, signedUp.statusCode(), signedUp.body());
        String link = new MailLogReader(uri).newestLinkPath(email, "/signup/verify/");
        assertEquals(200, visitor.submit(link, link, Map.of()).statusCode());
        new WebClient(uri).get("/test-support/age/" + username);
        return Members.signedIn(uri, username, Members.PASSWORD);
    }

    /** A member the administrator made a site moderator. */
    static WebClient moderator(URI uri, String username) {
        joined(uri, username, "fr");
        assertEquals(
                200,
                Forum.json(
                                Administrator.signedIn(uri),
                                "PUT",
                                "/api/users/" + username + "/role",
                                "{\"role\":\"MODERATOR\"}")
                        .statusCode());
        return Members.signedIn(uri, username, Members.PASSWORD);
    }

    static HttpResponse<String> flag(WebClient member, long post, String reason, String message) {
        return Forum.json(
                member,
                "POST",
                "/api/posts/" + post + "/flags",
                "{\"reason\":\"" + reason + "\",\"message\":\"" + message + "\"}");
    }

    static String token(WebClient member) {
        return token(member, Members.PASSWORD);
    }

    /** Minting a token asks for the member's password. */
    static String token(WebClient member, String password) {
        return member.submit(
                        "/preferences", "/preferences/tokens", Map.of("tokenName", "kes", "tokenPassword", password))
                .body()
                .replaceAll("(?s).*<code class=\"new-token\">([^<]+)</code>.*", "$1");
    }

    static HttpResponse<String> bearer(URI uri, String path, String token) {
        return new WebClient(uri)
                .send(new WebClient(uri)
                        .request(path)
                        .header("Authorization", "Bearer " + token)
                        .GET()
                        .build());
    }

    static HttpResponse<String> send(URI uri, HttpRequest request) {
        return new WebClient(uri).send(request);
    }

    /** Posts a moderation form with the anti-forgery token of the topic page it sits on. */
    static HttpResponse<String> act(WebClient actor, String fromPage, String action, Map<String, String> fields) {
        return actor.submit(fromPage, action, fields);
    }

    static HttpResponse<String> api(WebClient client, String token, String method, String path, String body) {
        HttpRequest.Builder request = client.request(path)
                .header("Content-Type", "application/json")
                .header("Authorization", "Bearer " + token);
        return client.send(request.method(
                        method,
                        body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body))
                .build());
    }

    /** How many log rows name this action on this target. */
    static int logged(WebClient client, String action, Object target) {
        return Integer.parseInt(client.get("/test-support/moderation-log/" + action + "/" + target)
                .body()
                .strip());
    }

    static void assertLogged(WebClient client, String action, Object target) {
        assertEquals(1, logged(client, action, target), action + " on " + target + " is in the moderation log once");
    }

    /**
     * The posts of a topic as a reader gets them from the API, in order: each as its number and the marker word
     * (mq...) its text holds, or "-" when the reader gets no text.
     */
    static List<String> numbersAndMarkers(WebClient reader, long topicId) {
        HttpResponse<String> topic = Forum.json(reader, "GET", "/api/topics/" + topicId + "?size=200", null);
        assertEquals(200, topic.statusCode(), topic.body());
        String page = topic.body().substring(topic.body().indexOf("\"page\":["));
        Matcher object = Pattern.compile("\\{[^{}]*\\}").matcher(page);
        List<String> found = new ArrayList<>();
        while (object.find()) {
            Matcher number = Pattern.compile("\"number\":(\\d+)").matcher(object.group());
            Matcher marker = Pattern.compile("mq[a-z0-9]+").matcher(object.group());
            if (number.find()) {
                found.add(number.group(1) + " " + (marker.find() ? marker.group() : "-"));
            }
        }
        return found;
    }

    static long topicIdIn(String json) {
        Matcher id = Pattern.compile("\"id\":(\\d+)").matcher(json);
        if (!id.find()) {
            throw new AssertionError("no id in " + json);
        }
        return Long.parseLong(id.group(1));
    }
}
