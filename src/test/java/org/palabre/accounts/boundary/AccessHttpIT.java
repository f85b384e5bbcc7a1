package org.palabre.accounts.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.URL;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.palabre.testing.MailLogReader;
import org.palabre.testing.Members;
import org.palabre.testing.WebClient;

/** Who may reach what: members are kept out of the administrators' pages and of each other's tokens. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AccessHttpIT {

    private static final Pattern NEW_TOKEN =
            Pattern.compile("<code class=\"new-token\">(palabre_[A-Za-z0-9_-]{43})</code>");
    private static final Pattern REVOKE = Pattern.compile("action=\"/preferences/tokens/([0-9]+)/revoke\"");

    @ArquillianResource
    URL base;

    private URI uri;

    @BeforeEach
    void setUp() throws Exception {
        uri = base.toURI();
    }

    @Test
    void aMemberIsRefusedTheMailLogAndEveryMailInItEvenTheirOwn() {
        WebClient member = Members.joined(uri, "Sidonie", "sidonie@atelier.test");
        long ownMail = new MailLogReader(uri).mailsTo("sidonie@atelier.test").get(0);

        HttpResponse<String> log = member.get("/admin/mail");
        assertEquals(403, log.statusCode());
        assertTrue(log.body().contains("Accès refusé"), "the page says why");
        assertFalse(log.body().contains("sidonie@atelier.test"), "no recipient is listed");

        HttpResponse<String> mail = member.get("/admin/mail/" + ownMail);
        assertEquals(403, mail.statusCode());
        assertFalse(mail.body().contains("/signup/verify/"), "the mail's text is not shown");
    }

    @Test
    void aMemberCannotRevokeAnotherMembersTokenByItsIdAndTheOwnersScriptKeepsWorking() {
        WebClient owner = Members.joined(uri, "Tristan", "tristan@atelier.test");
        String secret = newToken(owner, "sauvegarde");
        String tokenId = revokableIds(owner).get(0);
        WebClient stranger = Members.joined(uri, "Ulla", "ulla@atelier.test");
        String strangersSecret = newToken(stranger, "le mien");

        stranger.submit("/preferences", "/preferences/tokens/" + tokenId + "/revoke", Map.of());
        HttpResponse<String> byApi = stranger.send(HttpRequest.newBuilder(stranger.uri("/api/me/tokens/" + tokenId))
                .header("Authorization", "Bearer " + strangersSecret)
                .DELETE()
                .build());
        assertEquals(404, byApi.statusCode(), "to the API, another member's token does not exist");

        HttpResponse<String> me = withToken("/api/me", secret);
        assertEquals(200, me.statusCode(), "the owner's token still opens their account");
        assertTrue(me.body().contains("\"username\":\"Tristan\""), me.body());
        assertEquals(List.of(tokenId), revokableIds(owner), "and is still listed on their page");
    }

    @Test
    void anAnonymousReaderIsSentToSignInFromPreferencesAndTheApiAsksForAToken() {
        WebClient anonymous = new WebClient(uri);
        HttpResponse<String> preferences = anonymous.get("/preferences");
        assertEquals(303, preferences.statusCode());
        String signIn = preferences.headers().firstValue("Location").orElse("");
        assertEquals(
                "/signin?next=%2Fpreferences",
                URI.create(signIn).getRawPath() + "?" + URI.create(signIn).getRawQuery());
        assertTrue(anonymous.get(signIn).body().contains("<h1>Connexion</h1>"));

        for (String path : List.of("/api/me", "/api/me/tokens")) {
            HttpResponse<String> refused = anonymous.get(path);
            assertEquals(401, refused.statusCode(), path);
            assertTrue(
                    refused.headers().firstValue("WWW-Authenticate").orElse("").startsWith("Bearer"),
                    path + " names the scheme it wants: " + refused.headers().map());
        }
    }

    private static String newToken(WebClient member, String name) {
        Matcher shown = NEW_TOKEN.matcher(member.submit(
                        "/preferences",
                        "/preferences/tokens",
                        Map.of("tokenName", name, "tokenPassword", Members.PASSWORD))
                .body());
        assertTrue(shown.find(), "a token for " + name);
        return shown.group(1);
    }

    private static List<String> revokableIds(WebClient member) {
        return REVOKE.matcher(member.get("/preferences").body())
                .results()
                .map(found -> found.group(1))
                .toList();
    }

    private HttpResponse<String> withToken(String path, String secret) {
        WebClient script = new WebClient(uri);
        return script.send(HttpRequest.newBuilder(script.uri(path))
                .header("Authorization", "Bearer " + secret)
                .GET()
                .build());
    }
}
