package org.palabre.accounts.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.URL;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Locale;
import java.util.Map;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.palabre.testing.MailLogReader;
import org.palabre.testing.Members;
import org.palabre.testing.WebClient;

/** A member's own data: downloading all of it, and deleting the account for good. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class OwnDataHttpIT {

    @ArquillianResource
    URL base;

    private URI uri;

    @BeforeEach
    void setUp() throws Exception {
        uri = base.toURI();
    }

    @Test
    void theExportHoldsWhatTheMemberWroteAndTheirSettingsAndNoSecret() {
        WebClient member = Members.joined(uri, "Romane", "romane@collectif.test");
        member.submit(
                "/preferences", "/preferences/profile", Map.of("displayName", "Romane V.", "bio", "J’aime le *vélo*."));
        member.submit("/preferences", "/preferences", Map.of("language", "en", "timeZone", "America/Montreal"));
        String secret = newToken(member, "sauvegarde");
        Members.joined(uri, "Simon", "simon@collectif.test");

        HttpResponse<String> download = member.get("/preferences/export.json");
        assertEquals(200, download.statusCode());
        assertTrue(download.headers().firstValue("Content-Type").orElse("").startsWith("application/json"));
        assertTrue(
                download.headers().firstValue("Content-Disposition").orElse("").startsWith("attachment"));
        assertEquals("no-store", download.headers().firstValue("Cache-Control").orElse(""));
        String json = download.body();
        for (String expected : new String[] {
            "\"username\":\"Romane\"",
            "\"displayName\":\"Romane V.\"",
            "\"bio\":\"J’aime le *vélo*.\"",
            "\"email\":\"romane@collectif.test\"",
            "\"language\":\"en\"",
            "\"timeZone\":\"America/Montreal\"",
            "\"role\":\"member\"",
            "\"joinedAt\":",
            "\"name\":\"sauvegarde\"",
            "\"posts\":[]",
            "\"invitations\":[]"
        }) {
            assertTrue(json.contains(expected), expected + " in " + json);
        }
        assertFalse(json.contains(secret), "never a token's secret");
        assertFalse(json.toLowerCase(Locale.ROOT).contains("hash"), "never a hash: " + json);
        assertFalse(json.contains("Simon") || json.contains("simon@"), "never another member's data");
        assertTrue(member.get("/preferences").body().contains("href=\"/preferences/export.json\""));

        HttpResponse<String> api = bearer("/api/me/export", secret);
        assertEquals(200, api.statusCode());
        assertTrue(
                api.body().contains("\"email\":\"romane@collectif.test\"")
                        && !api.body().contains(secret),
                api.body());
    }

    @Test
    void theExportIsForTheSignedInMemberOnly() {
        HttpResponse<String> anonymous = new WebClient(uri).get("/preferences/export.json");
        assertEquals(303, anonymous.statusCode());
        String location = anonymous.headers().firstValue("Location").orElse("");
        assertTrue(location.contains("/signin?next=%2Fpreferences%2Fexport.json"), location);
        assertEquals(401, new WebClient(uri).get("/api/me/export").statusCode());
    }

    @Test
    void aWrongPasswordOrNoChoiceDeletesNothing() {
        WebClient member = Members.joined(uri, "Thibault", "thibault@collectif.test");
        HttpResponse<String> wrong =
                member.submit("/preferences", "/preferences/delete", Map.of("password", "pas le bon", "posts", "keep"));
        assertEquals(422, wrong.statusCode());
        assertTrue(wrong.body().contains("Ce n’est pas votre mot de passe actuel."));
        assertTrue(wrong.body().contains("value=\"keep\" checked"), "the choice made is kept");
        HttpResponse<String> noChoice =
                member.submit("/preferences", "/preferences/delete", Map.of("password", Members.PASSWORD));
        assertEquals(422, noChoice.statusCode());
        assertTrue(noChoice.body().contains("Choisissez ce que deviennent vos messages."));

        assertEquals(200, member.get("/preferences").statusCode(), "still signed in");
        Members.signedIn(uri, "thibault", Members.PASSWORD);
        assertEquals(200, new WebClient(uri).get("/u/thibault").statusCode());
    }

    @Test
    void aDeletedAccountIsGoneEverywhereAndItsNameAndAddressAreFreeAgain() {
        WebClient member = Members.joined(uri, "Ursule", "ursule@collectif.test");
        member.submit("/preferences", "/preferences/profile", Map.of("displayName", "Ursule", "bio", "Bonjour"));
        String secret = newToken(member, "script");
        WebClient elsewhere = Members.signedIn(uri, "ursule", Members.PASSWORD);

        HttpResponse<String> deleted = member.submit(
                "/preferences", "/preferences/delete", Map.of("password", Members.PASSWORD, "posts", "remove"));
        assertEquals(200, deleted.statusCode());
        assertTrue(deleted.body().contains("Compte supprimé"));
        assertTrue(
                deleted.headers().allValues("Set-Cookie").stream().anyMatch(c -> c.contains("Max-Age=0")),
                "signed out");

        assertEquals(303, member.get("/preferences").statusCode());
        assertEquals(303, elsewhere.get("/preferences").statusCode(), "the other browser is signed out");
        assertEquals(401, bearer("/api/me", secret).statusCode(), "the token opens nothing");
        assertEquals(
                401,
                new WebClient(uri)
                        .submit("/signin", "/signin", Map.of("login", "ursule", "password", Members.PASSWORD))
                        .statusCode());
        assertEquals(
                401,
                new WebClient(uri)
                        .submit(
                                "/signin",
                                "/signin",
                                Map.of("login", "ursule@collectif.test", "password", Members.PASSWORD))
                        .statusCode());
        assertEquals(404, new WebClient(uri).get("/u/ursule").statusCode());
        assertEquals(404, new WebClient(uri).get("/api/users/ursule").statusCode());

        MailLogReader mail = new MailLogReader(uri);
        String confirmation = mail.page(mail.mailsTo("ursule@collectif.test").get(0));
        assertTrue(confirmation.contains("a été supprimé à votre demande")
                && confirmation.contains("Vos messages sont retirés."));

        WebClient newcomer = Members.joined(uri, "Ursule", "ursule@collectif.test");
        assertEquals(200, newcomer.get("/preferences").statusCode(), "someone new takes the name and address");
        assertFalse(newcomer.get("/u/ursule").body().contains("Bonjour"), "and nothing of the former member");
    }

    @Test
    void theApiDeletesTheAccountWithTheSameChecks() {
        WebClient member = Members.joined(uri, "Valentin", "valentin@collectif.test");
        member.submit("/preferences", "/preferences", Map.of("language", "en", "timeZone", "Europe/Paris"));
        String secret = newToken(member, "api");

        HttpResponse<String> badChoice =
                deleteMe(secret, "{\"password\":\"" + Members.PASSWORD + "\",\"posts\":\"burn\"}");
        assertEquals(422, badChoice.statusCode());
        assertTrue(badChoice.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"));
        assertTrue(badChoice.body().contains("Choose what becomes of your posts."), badChoice.body());
        assertEquals(
                422,
                deleteMe(secret, "{\"password\":\"pas le bon\",\"posts\":\"keep\"}")
                        .statusCode());
        assertEquals(200, bearer("/api/me", secret).statusCode(), "nothing changed");

        assertEquals(
                204,
                deleteMe(secret, "{\"password\":\"" + Members.PASSWORD + "\",\"posts\":\"keep\"}")
                        .statusCode());
        assertEquals(401, bearer("/api/me", secret).statusCode());
        assertEquals(303, member.get("/preferences").statusCode());
        assertEquals(404, new WebClient(uri).get("/api/users/valentin").statusCode());
        MailLogReader mail = new MailLogReader(uri);
        String confirmation = mail.page(mail.mailsTo("valentin@collectif.test").get(0));
        assertTrue(
                confirmation.contains("was deleted at your request") && confirmation.contains("deleted user"),
                "in the member’s language");
    }

    private String newToken(WebClient member, String name) {
        return member.submit(
                        "/preferences",
                        "/preferences/tokens",
                        Map.of("tokenName", name, "tokenPassword", Members.PASSWORD))
                .body()
                .replaceAll("(?s).*<code class=\"new-token\">([^<]+)</code>.*", "$1");
    }

    private HttpResponse<String> deleteMe(String secret, String json) {
        return new WebClient(uri)
                .send(HttpRequest.newBuilder(new WebClient(uri).uri("/api/me/deletion"))
                        .header("Authorization", "Bearer " + secret)
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(json))
                        .build());
    }

    private HttpResponse<String> bearer(String path, String secret) {
        return new WebClient(uri)
                .send(HttpRequest.newBuilder(new WebClient(uri).uri(path))
                        .header("Authorization", "Bearer " + secret)
                        .GET()
                        .build());
    }
}
