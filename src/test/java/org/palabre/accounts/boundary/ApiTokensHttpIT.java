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
import org.palabre.testing.MailLogReader;
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
        HttpResponse<String> created = member.submit(
                "/preferences",
                "/preferences/tokens",
                Map.of("tokenName", "script de veille", "tokenPassword", Members.PASSWORD));
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
        String first = member.submit(
                        "/preferences",
                        "/preferences/tokens",
                        Map.of("tokenName", "premier", "tokenPassword", Members.PASSWORD))
                .body()
                .replaceAll("(?s).*<code class=\"new-token\">([^<]+)</code>.*", "$1");

        HttpResponse<String> made = send(HttpRequest.newBuilder(member.uri("/api/me/tokens"))
                .header("Authorization", "Bearer " + first)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(
                        "{\"name\":\"deuxième\",\"password\":\"" + Members.PASSWORD + "\"}"))
                .build());
        assertEquals(201, made.statusCode());
        assertTrue(made.body().matches(".*\"token\":\"palabre_[A-Za-z0-9_-]{43}\".*"), made.body());

        HttpResponse<String> refused = send(HttpRequest.newBuilder(member.uri("/api/me/tokens"))
                .header("Authorization", "Bearer " + first)
                .header("Content-Type", "application/json")
                .header("Accept-Language", "en")
                .POST(HttpRequest.BodyPublishers.ofString("{\"name\":\"\",\"password\":\"" + Members.PASSWORD + "\"}"))
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
        owner.submit(
                "/preferences", "/preferences/tokens", Map.of("tokenName", "à moi", "tokenPassword", Members.PASSWORD));
        String tokenId = owner.get("/preferences")
                .body()
                .replaceAll("(?s).*action=\"/preferences/tokens/([0-9]+)/revoke\".*", "$1");
        WebClient stranger = Members.joined(uri, "Jean", "jean@collectif.test");
        stranger.submit("/preferences", "/preferences/tokens/" + tokenId + "/revoke", Map.of());
        assertTrue(owner.get("/preferences").body().contains("à moi"), "the owner's token is still there");
    }

    @Test
    void mintingATokenAsksForTheCurrentPasswordByFormAndByApi() {
        WebClient member = Members.joined(uri, "Kenzo", "kenzo@collectif.test");
        HttpResponse<String> noPassword =
                member.submit("/preferences", "/preferences/tokens", Map.of("tokenName", "volé"));
        assertEquals(422, noPassword.statusCode());
        assertFalse(NEW_TOKEN.matcher(noPassword.body()).find(), "a session alone mints nothing");
        assertTrue(noPassword.body().contains("Ce n’est pas votre mot de passe actuel."));
        assertTrue(noPassword.body().contains("value=\"volé\""), "the name typed stays in the form");
        String secret = newToken(member, "légitime");

        HttpResponse<String> wrong = send(HttpRequest.newBuilder(member.uri("/api/me/tokens"))
                .header("Authorization", "Bearer " + secret)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"name\":\"deuxième\",\"password\":\"pas le bon\"}"))
                .build());
        assertEquals(422, wrong.statusCode());
        assertTrue(wrong.body().contains("\"password\":"), wrong.body());
        assertFalse(wrong.body().contains("palabre_"), wrong.body());
        assertEquals(1, bearer("/api/me/tokens", secret).body().split("\"id\"").length - 1, "still one token");
    }

    @Test
    void everyTokenIsRevokedWhenThePasswordIsChangedOrReset() {
        WebClient member = Members.joined(uri, "Lina", "lina@collectif.test");
        String beforeChange = newToken(member, "avant le changement");
        HttpResponse<String> changed = member.submit(
                "/preferences",
                "/preferences/password",
                Map.of(
                        "currentPassword",
                        Members.PASSWORD,
                        "newPassword",
                        "un mot de passe tout neuf",
                        "newPasswordAgain",
                        "un mot de passe tout neuf"));
        assertEquals(303, changed.statusCode());
        assertEquals(401, bearer("/api/me", beforeChange).statusCode(), "a password change revokes the tokens");
        assertTrue(member.get("/preferences?done=password").body().contains("jetons d’accès à l’API révoqués"));
        MailLogReader mail = new MailLogReader(uri);
        assertTrue(
                mail.page(mail.mailsTo("lina@collectif.test").get(0)).contains("ont été révoqués"), "the mail says so");

        String beforeReset = newToken(member, "avant la réinitialisation", "un mot de passe tout neuf");
        assertEquals(200, bearer("/api/me", beforeReset).statusCode());
        new WebClient(uri).submit("/password/reset", "/password/reset", Map.of("email", "lina@collectif.test"));
        String link = mail.newestLinkPath("lina@collectif.test", "/password/reset/");
        HttpResponse<String> reset = new WebClient(uri)
                .submit(
                        link,
                        link,
                        Map.of("password", "encore un autre secret", "passwordAgain", "encore un autre secret"));
        assertEquals(200, reset.statusCode());
        assertTrue(reset.body().contains("jetons d’accès à l’API"), "the page says so");
        assertEquals(401, bearer("/api/me", beforeReset).statusCode(), "a reset revokes the tokens");
    }

    private String newToken(WebClient member, String name) {
        return newToken(member, name, Members.PASSWORD);
    }

    private String newToken(WebClient member, String name, String password) {
        Matcher shown = NEW_TOKEN.matcher(member.submit(
                        "/preferences", "/preferences/tokens", Map.of("tokenName", name, "tokenPassword", password))
                .body());
        assertTrue(shown.find(), "a token for " + name);
        return shown.group(1);
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
