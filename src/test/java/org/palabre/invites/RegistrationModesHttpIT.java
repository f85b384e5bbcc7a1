package org.palabre.invites;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.URL;
import java.net.http.HttpResponse;
import java.util.Map;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.palabre.testing.Administrator;
import org.palabre.testing.MailLogReader;
import org.palabre.testing.Members;
import org.palabre.testing.WebClient;

/**
 * Who may join: open, by invitation only, closed. Each test sets the mode it needs and puts sign-up back
 * to open afterwards, as the other classes expect.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class RegistrationModesHttpIT {

    @ArquillianResource
    URL base;

    private URI uri;
    private WebClient admin;

    @BeforeEach
    void setUp() throws Exception {
        uri = base.toURI();
        admin = Administrator.signedIn(uri);
    }

    @AfterEach
    void reopen() {
        chooseMode("OPEN");
    }

    @Test
    void byInvitationOnlyAnInvitedPersonJoinsOnceAndNobodyElse() {
        chooseMode("INVITE_ONLY");
        HttpResponse<String> uninvited = new WebClient(uri).get("/signup");
        assertEquals(403, uninvited.statusCode());
        assertTrue(uninvited.body().contains("Sur invitation seulement"));
        assertEquals(
                403,
                new WebClient(uri)
                        .submit(
                                "/signin", // a page with a form, so with a token
                                "/signup",
                                Map.of(
                                        "username",
                                        "resquilleur",
                                        "email",
                                        "r@ailleurs.test",
                                        "password",
                                        Members.PASSWORD,
                                        "passwordAgain",
                                        Members.PASSWORD))
                        .statusCode(),
                "posting the form directly fails too");

        HttpResponse<String> made =
                admin.submit("/invites", "/invites", Map.of("note", "Odile, collectif Grenoble", "days", "7"));
        assertEquals(200, made.statusCode());
        String link = made.body()
                .replaceAll(
                        "(?s).*<code class=\"new-invite\">https?://[^/]+(/signup\\?invite=[A-Za-z0-9_-]{43})</code>.*",
                        "$1");
        assertTrue(link.startsWith("/signup?invite="), "the link is shown once: " + link);

        WebClient invited = new WebClient(uri);
        assertEquals(200, invited.get(link).statusCode());
        assertEquals(
                200,
                invited.submit(
                                link,
                                "/signup",
                                Map.of(
                                        "username",
                                        "Odile",
                                        "email",
                                        "odile@collectif.test",
                                        "password",
                                        Members.PASSWORD,
                                        "passwordAgain",
                                        Members.PASSWORD,
                                        "invite",
                                        link.substring(link.indexOf('=') + 1)))
                        .statusCode());
        assertTrue(new MailLogReader(uri)
                .newestLinkPath("odile@collectif.test", "/signup/verify/")
                .startsWith("/signup/verify/"));

        assertEquals(403, new WebClient(uri).get(link).statusCode(), "an invitation works once");
        assertTrue(admin.get("/invites").body().contains("Utilisée"));
    }

    @Test
    void aRevokedInvitationOpensNothing() {
        chooseMode("INVITE_ONLY");
        String body = admin.submit("/invites", "/invites", Map.of("note", "à révoquer", "days", "3"))
                .body();
        String link = body.replaceAll(
                "(?s).*<code class=\"new-invite\">https?://[^/]+(/signup\\?invite=[A-Za-z0-9_-]{43})</code>.*", "$1");
        String id = admin.get("/invites").body().replaceAll("(?s).*?action=\"/invites/([0-9]+)/revoke\".*", "$1");
        HttpResponse<String> asked = admin.submit("/invites", "/invites/" + id + "/revoke", Map.of());
        assertEquals(200, asked.statusCode(), "one click asks again");
        assertTrue(asked.body().contains("name=\"confirm\" value=\"yes\" required"), asked.body());
        assertEquals(200, new WebClient(uri).get(link).statusCode(), "the link still works until confirmed");
        assertEquals(
                303,
                admin.submit("/invites", "/invites/" + id + "/revoke", Map.of("confirm", "yes"))
                        .statusCode());
        assertEquals(403, new WebClient(uri).get(link).statusCode());
    }

    @Test
    void whenClosedNobodyCanSignUp() {
        chooseMode("CLOSED");
        HttpResponse<String> closed = new WebClient(uri).get("/signup");
        assertEquals(403, closed.statusCode());
        assertTrue(closed.body().contains("Inscriptions fermées"));
    }

    @Test
    void invitationsAndSettingsAreForStaffOnlyAndBadValuesAreRefused() {
        WebClient member = Members.joined(uri, "Paulin", "paulin@collectif.test");
        assertEquals(403, member.get("/invites").statusCode());
        assertEquals(403, member.get("/admin/settings").statusCode());
        assertEquals(
                403,
                member.submit("/preferences", "/admin/settings", Map.of("registrationMode", "CLOSED"))
                        .statusCode());
        assertEquals(200, new WebClient(uri).get("/signup").statusCode(), "the member changed nothing");

        assertEquals(
                400,
                admin.submit("/admin/settings", "/admin/settings", Map.of("registrationMode", "WIDE_OPEN"))
                        .statusCode());
        assertEquals(
                422,
                admin.submit("/invites", "/invites", Map.of("note", "x", "days", "365"))
                        .statusCode());
    }

    private void chooseMode(String mode) {
        assertEquals(
                303,
                admin.submit("/admin/settings", "/admin/settings", Map.of("registrationMode", mode))
                        .statusCode());
    }
}
