package org.palabre.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.URL;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.palabre.testing.Administrator;
import org.palabre.testing.MailLogReader;
import org.palabre.testing.Members;
import org.palabre.testing.WebClient;

/** The JSON API does what the pages do, with the same rules and the same refusals. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class JsonApiHttpIT {

    @ArquillianResource
    URL base;

    private URI uri;

    @BeforeEach
    void setUp() throws Exception {
        uri = base.toURI();
    }

    @Test
    void signingUpThroughTheApiMailsTheSameLinkAndRefusesBadInputPerField() {
        WebClient page = new WebClient(uri);
        HttpResponse<String> accepted = json(
                page,
                "POST",
                "/api/signup",
                null,
                "{\"username\":\"Wassim\",\"email\":\"wassim@collectif.test\",\"password\":\"" + Members.PASSWORD
                        + "\"}");
        assertEquals(202, accepted.statusCode(), accepted.body());
        assertTrue(new MailLogReader(uri)
                .newestLinkPath("wassim@collectif.test", "/signup/verify/")
                .startsWith("/signup/verify/"));

        HttpResponse<String> refused = json(
                page,
                "POST",
                "/api/signup",
                null,
                "{\"username\":\"x\",\"email\":\"pas-une-adresse\",\"password\":\"qwertyuiop\"}");
        assertEquals(422, refused.statusCode());
        assertTrue(
                refused.body().contains("\"username\":")
                        && refused.body().contains("\"email\":")
                        && refused.body().contains("\"password\":"),
                refused.body());

        HttpResponse<String> fromElsewhere = page.send(page.request("/api/signup")
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"username\":\"bot\"}"))
                .build());
        assertEquals(403, fromElsewhere.statusCode(), "without a token, only Palabre's own pages may call the API");
    }

    @Test
    void aMemberChangesPasswordAndAddressThroughTheApiWithATokenOnly() {
        WebClient member = Members.joined(uri, "Xavier", "xavier@collectif.test");
        String token = token(member);
        assertEquals(
                422,
                json(
                                member,
                                "PUT",
                                "/api/me/password",
                                token,
                                "{\"currentPassword\":\"pas le bon\",\"newPassword\":\"un autre mot de passe\"}")
                        .statusCode());
        assertEquals(
                204,
                json(
                                member,
                                "PUT",
                                "/api/me/password",
                                token,
                                "{\"currentPassword\":\"" + Members.PASSWORD
                                        + "\",\"newPassword\":\"un autre mot de passe\"}")
                        .statusCode());
        WebClient again = Members.signedIn(uri, "xavier", "un autre mot de passe");
        assertEquals(
                401,
                json(new WebClient(uri), "GET", "/api/me", token, null).statusCode(),
                "the token made with the old password is revoked with it, like the sessions");

        String afterChange = token(again, "un autre mot de passe");
        assertEquals(
                202,
                json(
                                member,
                                "POST",
                                "/api/me/email",
                                afterChange,
                                "{\"email\":\"xavier@ailleurs.test\",\"password\":\"un autre mot de passe\"}")
                        .statusCode());
        assertTrue(new MailLogReader(uri)
                .newestLinkPath("xavier@ailleurs.test", "/email/confirm/")
                .startsWith("/email/confirm/"));
    }

    @Test
    void staffManageGroupsInvitationsRolesAndSettingsThroughTheApiAndMembersAreRefused() {
        String admin = token(Administrator.signedIn(uri), Administrator.PASSWORD);
        WebClient any = new WebClient(uri);
        assertEquals(
                201,
                json(any, "POST", "/api/groups", admin, "{\"name\":\"api-groupe\",\"description\":\"par l’API\"}")
                        .statusCode());
        WebClient member = Members.joined(uri, "Yasmine", "yasmine@collectif.test");
        String memberToken = token(member);
        HttpResponse<String> added =
                json(any, "POST", "/api/groups/api-groupe/members", admin, "{\"username\":\"yasmine\"}");
        assertTrue(added.body().contains("\"username\":\"Yasmine\""), added.body());
        assertEquals(
                403,
                json(any, "POST", "/api/groups/api-groupe/members", memberToken, "{\"username\":\"yasmine\"}")
                        .statusCode());
        assertEquals(
                403,
                json(any, "DELETE", "/api/groups/api-groupe/members/yasmine", memberToken, null)
                        .statusCode());
        assertEquals(
                403,
                json(any, "POST", "/api/groups", memberToken, "{\"name\":\"le-mien\"}")
                        .statusCode());

        HttpResponse<String> invite = json(any, "POST", "/api/invites", admin, "{\"note\":\"par l’API\",\"days\":2}");
        assertEquals(201, invite.statusCode());
        assertTrue(invite.body().contains("/signup?invite="));
        assertEquals(403, json(any, "GET", "/api/invites", memberToken, null).statusCode());

        assertEquals(
                403,
                json(any, "PUT", "/api/settings/registration", memberToken, "{\"mode\":\"CLOSED\"}")
                        .statusCode());
        assertEquals(
                422,
                json(any, "PUT", "/api/settings/registration", admin, "{\"mode\":\"WIDE\"}")
                        .statusCode());
        assertTrue(json(any, "GET", "/api/settings/registration", admin, null)
                .body()
                .contains("\"mode\":\"OPEN\""));

        assertEquals(
                403,
                json(any, "PUT", "/api/users/yasmine/role", memberToken, "{\"role\":\"ADMIN\"}")
                        .statusCode());
        assertEquals(
                200,
                json(any, "PUT", "/api/users/yasmine/role", admin, "{\"role\":\"MODERATOR\"}")
                        .statusCode());
        assertEquals(200, json(any, "GET", "/api/invites", memberToken, null).statusCode(), "now a moderator");
    }

    @Test
    void anAdministratorCreatesACategoryThroughTheApiAndIsAnsweredWithIt() {
        String admin = token(Administrator.signedIn(uri), Administrator.PASSWORD);
        HttpResponse<String> created = json(
                new WebClient(uri),
                "POST",
                "/api/categories",
                admin,
                "{\"name\":\"Par l’API\",\"slug\":\"par-api\",\"description\":\"\",\"colour\":\"#336699\",\"position\":\"0\","
                        + "\"readAccess\":\"EVERYONE\",\"readGroups\":[],\"writeAccess\":\"MEMBERS\",\"writeGroups\":[]}");
        assertEquals(201, created.statusCode(), created.body());
        assertTrue(
                created.body().contains("\"slug\":\"par-api\"")
                        && created.body().contains("\"name\":\"Par l’API\""),
                created.body());
        assertEquals(
                200,
                json(new WebClient(uri), "GET", "/api/categories/par-api", null, null)
                        .statusCode());
    }

    private static String token(WebClient signedIn) {
        return token(signedIn, Members.PASSWORD);
    }

    private static String token(WebClient signedIn, String password) {
        return signedIn.submit(
                        "/preferences", "/preferences/tokens", Map.of("tokenName", "tests", "tokenPassword", password))
                .body()
                .replaceAll("(?s).*<code class=\"new-token\">([^<]+)</code>.*", "$1");
    }

    /** A JSON call: with a bearer token, or (token null) as Palabre's own pages make it, same origin. */
    private static HttpResponse<String> json(WebClient client, String method, String path, String token, String body) {
        HttpRequest.Builder request = client.request(path).header("Content-Type", "application/json");
        request = token == null
                ? request.header("Origin", client.origin())
                : request.header("Authorization", "Bearer " + token);
        return client.send(request.method(
                        method,
                        body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body))
                .build());
    }
}
