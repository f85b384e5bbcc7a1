package org.palabre.moderation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import org.palabre.testing.Administrator;
import org.palabre.testing.Forum;
import org.palabre.testing.MailLogReader;
import org.palabre.testing.Members;
import org.palabre.testing.WebClient;

/** Members in a chosen language, moderators, flags and tokens, as the moderation tests need them. */
final class ModerationCalls {

    private ModerationCalls() {
    }

    /** A member who joined in this language, two days old (past the limits of new accounts), signed in. */
    static WebClient joined(URI uri, String username, String language) {
        WebClient visitor = new WebClient(uri).speaking(language);
        String email = username.toLowerCase() + "@kes.test";
        HttpResponse<String> signedUp = visitor.submit("/signup", "/signup", Map.of("username", username, "email", email,
                "password", Members.PASSWORD, "passwordAgain", Members.PASSWORD));
        assertEquals(200, signedUp.statusCode(), signedUp.body());
        String link = new MailLogReader(uri).newestLinkPath(email, "/signup/verify/");
        assertEquals(200, visitor.submit(link, link, Map.of()).statusCode());
        new WebClient(uri).get("/test-support/age/" + username);
        return Members.signedIn(uri, username, Members.PASSWORD);
    }

    /** A member the administrator made a site moderator. */
    static WebClient moderator(URI uri, String username) {
        joined(uri, username, "fr");
        assertEquals(200, Forum.json(Administrator.signedIn(uri), "PUT", "/api/users/" + username + "/role", "{\"role\":\"MODERATOR\"}")
                .statusCode());
        return Members.signedIn(uri, username, Members.PASSWORD);
    }

    static HttpResponse<String> flag(WebClient member, long post, String reason, String message) {
        return Forum.json(member, "POST", "/api/posts/" + post + "/flags", "{\"reason\":\"" + reason + "\",\"message\":\"" + message + "\"}");
    }

    static String token(WebClient member) {
        return member.submit("/preferences", "/preferences/tokens", Map.of("tokenName", "kes"))
                .body().replaceAll("(?s).*<code class=\"new-token\">([^<]+)</code>.*", "$1");
    }

    static HttpResponse<String> bearer(URI uri, String path, String token) {
        return new WebClient(uri).send(new WebClient(uri).request(path).header("Authorization", "Bearer " + token).GET().build());
    }

    static HttpResponse<String> send(URI uri, HttpRequest request) {
        return new WebClient(uri).send(request);
    }
}
