package org.palabre.accounts.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.URL;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.palabre.testing.Members;
import org.palabre.testing.WebClient;

/** Public profiles: what a member shows of themselves, safely, and nothing more. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ProfilesHttpIT {

    @ArquillianResource
    URL base;

    private URI uri;

    @BeforeEach
    void setUp() throws Exception {
        uri = base.toURI();
    }

    @Test
    void aMemberDescribesThemselvesAndAnyoneReadsItWithMarkupShownAsText() {
        WebClient member = Members.joined(uri, "Karim", "karim@collectif.test");
        HttpResponse<String> saved = member.submit(
                "/preferences",
                "/preferences/profile",
                Map.of(
                        "displayName", "<b>Karim</b> & co",
                        "bio",
                                "Collectif **Lyon**.\n\n<script>alert(1)</script>\n\n[site](javascript:alert(1)) ![logo](https://evil.example/p.png)"));
        assertEquals(303, saved.statusCode());

        HttpResponse<String> profile = new WebClient(uri).get("/u/KARIM");
        assertEquals(200, profile.statusCode());
        String html = profile.body();
        assertTrue(html.contains("<h1>&lt;b&gt;Karim&lt;/b&gt; &amp; co</h1>"), "the display name is text");
        assertTrue(html.contains("Collectif <strong>Lyon</strong>."), "the bio is markdown");
        assertTrue(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"), "raw HTML is shown, not run");
        assertTrue(html.contains(">site</a>"), "the link is kept");
        assertFalse(html.contains("href=\"javascript:"), "but not where it pointed");
        assertFalse(html.contains("<img"), "no image is loaded from elsewhere");
        assertFalse(html.contains("karim@collectif.test"), "no address on a public page");
    }

    @Test
    void theJsonProfileCarriesNoAddressOrSetting() {
        Members.joined(uri, "Laure", "laure@collectif.test");
        HttpResponse<String> json = new WebClient(uri).get("/api/users/laure");
        assertEquals(200, json.statusCode());
        assertTrue(json.body().contains("\"username\":\"Laure\""), json.body());
        assertFalse(json.body().contains("laure@collectif.test"));
        assertFalse(json.body().contains("timeZone") || json.body().contains("language"));
    }

    @Test
    void unknownAndUnverifiedMembersHaveNoProfile() {
        assertEquals(404, new WebClient(uri).get("/u/personne").statusCode());
        assertEquals(404, new WebClient(uri).get("/api/users/personne").statusCode());
        new WebClient(uri)
                .submit(
                        "/signup",
                        "/signup",
                        Map.of(
                                "username",
                                "Mathis",
                                "email",
                                "mathis@collectif.test",
                                "password",
                                Members.PASSWORD,
                                "passwordAgain",
                                Members.PASSWORD));
        assertEquals(404, new WebClient(uri).get("/u/mathis").statusCode(), "not before the address is verified");
    }

    @Test
    void aDisplayNameThatHidesItsDirectionOrBreaksLinesIsRefusedAndNothingChanges() {
        WebClient member = Members.joined(uri, "Nadia", "nadia@collectif.test");
        member.submit("/preferences", "/preferences/profile", Map.of("displayName", "Nadia B.", "bio", ""));
        HttpResponse<String> bidi = member.submit(
                "/preferences", "/preferences/profile", Map.of("displayName", "Nadia\u202Egnp.exe", "bio", ""));
        assertEquals(422, bidi.statusCode());
        assertTrue(bidi.body().contains("sans retour à la ligne ni caractère invisible"));
        assertEquals(
                422,
                member.submit(
                                "/preferences",
                                "/preferences/profile",
                                Map.of("displayName", "Nadia\r\nAdmin", "bio", ""))
                        .statusCode());
        assertEquals(
                422,
                member.submit(
                                "/preferences",
                                "/preferences/profile",
                                Map.of("displayName", "N", "bio", "x".repeat(2001)))
                        .statusCode());
        assertTrue(
                new WebClient(uri).get("/u/nadia").body().contains("<h1>Nadia B.</h1>"), "the earlier profile stands");
    }

    @Test
    void aDisplayNameThatPassesForAnotherMemberOrTheStaffIsRefused() {
        WebClient member = Members.joined(uri, "Rosalie", "rosalie@collectif.test");
        Members.joined(uri, "Sacha", "sacha@collectif.test");
        WebClient other = Members.joined(uri, "Timothee", "timothee@collectif.test");
        assertEquals(303, describe(other, "Vent du Large").statusCode());
        for (String impostor : List.of(
                "admin",
                "Administrateur",
                "\u0430dmin",
                "Palabre",
                "sacha",
                "S\u0430cha",
                "Vent du Large",
                "vent du large")) {
            HttpResponse<String> refused = describe(member, impostor);
            assertEquals(422, refused.statusCode(), impostor);
            assertTrue(refused.body().contains("Ce nom ressemble trop à celui d’un autre membre"), impostor);
        }
        HttpResponse<String> invisible = describe(member, "admin\u200B");
        assertEquals(422, invisible.statusCode());
        assertTrue(invisible.body().contains("sans retour à la ligne ni caractère invisible"));
        assertEquals(303, describe(member, "ROSALIE").statusCode(), "looking like one's own username is fine");
        assertEquals(303, describe(member, "Rosalie du collectif").statusCode());
        String profile = new WebClient(uri).get("/u/rosalie").body();
        assertTrue(profile.contains("<title>Rosalie du collectif (@Rosalie)"), profile);
    }

    @Test
    void aUsernameThatPassesForADisplayNameOrTheStaffIsRefusedAtSignUp() {
        WebClient member = Members.joined(uri, "Ulrike", "ulrike@collectif.test");
        assertEquals(303, describe(member, "Grandsoir").statusCode());
        for (String impostor : List.of("GrandSoir", "admin", "Moderateur", "root")) {
            HttpResponse<String> refused = new WebClient(uri)
                    .submit(
                            "/signup",
                            "/signup",
                            Map.of(
                                    "username",
                                    impostor,
                                    "email",
                                    impostor.toLowerCase() + "@ailleurs.test",
                                    "password",
                                    Members.PASSWORD,
                                    "passwordAgain",
                                    Members.PASSWORD));
            assertEquals(422, refused.statusCode(), impostor);
        }
    }

    private static HttpResponse<String> describe(WebClient member, String displayName) {
        return member.submit("/preferences", "/preferences/profile", Map.of("displayName", displayName, "bio", ""));
    }
}
