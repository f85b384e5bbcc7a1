package org.palabre.accounts.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.URL;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.palabre.testing.Members;
import org.palabre.testing.WebClient;

/** Personal API tokens: made on the preferences page, shown once, used as bearer tokens, revoked. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ApiTokensHttpIT {

    private static final Pattern NEW_TOKEN =
            Pattern.compile("<code class=\"new-token\">(palabre_[A-Za-z0-9_-]{43})</code>");

    @ArquillianResource
    URL base;

    private URI uri;

    @BeforeEach
    void setUp() throws Exception {
        uri = base.toURI();
    }

    @Test
    void aTokenMadeOnThePreferencesPageIsShownOnceAndWorksAsABearerTokenUntilRevoked() {
        WebClient member = Members.joined(uri, "Fanny", "fanny@collectif.test");
        HttpResponse<String> created =
                member.submit("/preferences", "/preferences/tokens", Map.of("tokenName", "script de veille"));
        assertEquals(200, created.statusCode());
        Matcher shown = NEW_TOKEN.matcher(created.body());
        assertTrue(shown.find(), "the secret is on the page");
        String secret = shown.group(1);
        assertEquals("no-store", created.headers().firstValue("Cache-Control").orElse(""));
        assertFalse(member.get("/preferences").body().contains(secret), "and never again");
        assertTrue(member.get("/preferences").body().contains("script de veille"));

        HttpResponse<String> me = bearer("/api/me", secret);
        assertEquals(200, me.statusCode());
        assertTrue(me.body().contains("\"username\":\"Fanny\""), me.body());
        assertFalse(me.body().contains("fanny@collectif.test"), "the API answer carries no address");

        String tokenId = member.get("/preferences")
                .body()
                .replaceAll("(?s).*action=\"/preferences/tokens/([0-9]+)/revoke\".*", "$1");
        assertEquals(
                303,
                member.submit("/preferences", "/preferences/tokens/" + tokenId + "/revoke", Map.of())
                        .statusCode());
        assertEquals(401, bearer("/api/me", secret).statusCode(), "a revoked token opens nothing");
    }

    @Test
    void theApiMakesAndRevokesTokensAndValidatesWithProblemDocuments() {
        WebClient member = Members.joined(uri, "Gilles", "gilles@collectif.test");
        String first = member.submit("/preferences", "/preferences/tokens", Map.of("tokenName", "premier"))
                .body()
                .replaceAll("(?s).*<code class=\"new-token\">([^<]+)</code>.*", "$1");

        HttpResponse<String> made = send(HttpRequest.newBuilder(member.uri("/api/me/tokens"))
                .header("Authorization", "Bearer " + first)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"name\":\"deuxième\"}"))
                .build());
        assertEquals(201, made.statusCode());
        assertTrue(made.body().matches(".*\"token\":\"palabre_[A-Za-z0-9_-]{43}\".*"), made.body());

        HttpResponse<String> refused = send(HttpRequest.newBuilder(member.uri("/api/me/tokens"))
                .header("Authorization", "Bearer " + first)
                .header("Content-Type", "application/json")
                .header("Accept-Language", "en")
                .POST(HttpRequest.BodyPublishers.ofString("{\"name\":\"\"}"))
                .build());
        assertEquals(422, refused.statusCode());
        assertTrue(refused.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"));
        assertTrue(
                refused.body().contains("\"name\":\"Donnez un nom au jeton.\""),
                "in the member's own language, whatever the client's header says: " + refused.body());

        HttpResponse<String> listed = bearer("/api/me/tokens", first);
        assertTrue(
                listed.body().contains("\"name\":\"deuxième\"")
                        && !listed.body().contains("palabre_"),
                "names, never secrets");
    }

    @Test
    void theApiRefusesStrangersAndCrossSiteRequests() {
        assertEquals(401, bearer("/api/me", "palabre_" + "A".repeat(43)).statusCode());
        assertEquals(401, new WebClient(uri).get("/api/me").statusCode());
        WebClient member = Members.joined(uri, "Hugo", "hugo@collectif.test");
        HttpResponse<String> crossSite = member.send(member.request("/api/me/preferences")
                .header("Content-Type", "application/json")
                .header("Origin", "https://evil.example")
                .PUT(HttpRequest.BodyPublishers.ofString("{\"language\":\"en\",\"timeZone\":\"UTC\"}"))
                .build());
        assertEquals(403, crossSite.statusCode());
        HttpResponse<String> noOrigin = member.send(member.request("/api/me/preferences")
                .header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString("{\"language\":\"en\",\"timeZone\":\"Europe/Paris\"}"))
                .build());
        assertEquals(403, noOrigin.statusCode(), "a cookie alone is not enough for the API");
    }

    @Test
    void anotherMembersTokenCannotBeRevoked() {
        WebClient owner = Members.joined(uri, "Ines", "ines@collectif.test");
        owner.submit("/preferences", "/preferences/tokens", Map.of("tokenName", "à moi"));
        String tokenId = owner.get("/preferences")
                .body()
                .replaceAll("(?s).*action=\"/preferences/tokens/([0-9]+)/revoke\".*", "$1");
        WebClient stranger = Members.joined(uri, "Jean", "jean@collectif.test");
        stranger.submit("/preferences", "/preferences/tokens/" + tokenId + "/revoke", Map.of());
        assertTrue(owner.get("/preferences").body().contains("à moi"), "the owner's token is still there");
    }

    private HttpResponse<String> bearer(String path, String secret) {
        return send(HttpRequest.newBuilder(new WebClient(uri).uri(path))
                .header("Authorization", "Bearer " + secret)
                .GET()
                .build());
    }

    private HttpResponse<String> send(HttpRequest request) {
        return new WebClient(uri).send(request);
    }
}
