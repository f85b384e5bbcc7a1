package org.palabre.mentions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.URL;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.palabre.testing.Administrator;
import org.palabre.testing.Forum;
import org.palabre.testing.Members;
import org.palabre.testing.WebClient;

/** GET /api/users/suggest: names for the composer to complete, for signed-in members, and nothing else about anyone. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class NameSuggestionsHttpIT {

    private static final Pattern OBJECT = Pattern.compile("\\{[^{}]*\\}");

    @ArquillianResource
    URL base;

    @Test
    void activeMembersAndMentionableGroupsWhoseNameStartsWithThePrefixAreSuggestedWithTheirNamesOnly()
            throws Exception {
        URI uri = base.toURI();
        WebClient asker = Members.joined(uri, "Sgxalice", "sgxalice@collectif.test");
        Members.joined(uri, "SgxBob", "sgxbob@collectif.test");
        Members.joined(uri, "Autre-sgx", "autre.sgx@collectif.test");
        WebClient leaving = Members.joined(uri, "Sgxgone", "sgxgone@collectif.test");
        assertEquals(
                200,
                leaving.submit(
                                "/preferences",
                                "/preferences/delete",
                                Map.of("password", Members.PASSWORD, "posts", "keep"))
                        .statusCode());
        assertEquals(
                200,
                new WebClient(uri)
                        .submit(
                                "/signup",
                                "/signup",
                                Map.of(
                                        "username",
                                        "Sgxpending",
                                        "email",
                                        "sgxpending@collectif.test",
                                        "password",
                                        Members.PASSWORD,
                                        "passwordAgain",
                                        Members.PASSWORD))
                        .statusCode(),
                "signed up, never verified");
        WebClient admin = Administrator.signedIn(uri);
        assertEquals(
                303,
                admin.submit("/groups", "/groups", Map.of("name", "sgxgroupe", "description", ""))
                        .statusCode());
        assertEquals(
                303,
                admin.submit("/g/sgxgroupe", "/g/sgxgroupe/members", Map.of("username", "Sgxalice"))
                        .statusCode());
        // Only its members may mention this one (the default policy), and the asker is not one of them.
        assertEquals(
                303,
                admin.submit("/groups", "/groups", Map.of("name", "sgxautres", "description", ""))
                        .statusCode());

        HttpResponse<String> suggested = Forum.json(asker, "GET", "/api/users/suggest?q=SGX", null);
        assertEquals(200, suggested.statusCode(), suggested.body());
        List<String> objects = objects(suggested.body());
        assertEquals(
                List.of(
                        "{\"displayName\":\"\",\"username\":\"Sgxalice\"}",
                        "{\"displayName\":\"\",\"username\":\"SgxBob\"}",
                        "{\"group\":true,\"username\":\"sgxgroupe\"}"),
                objects,
                "prefix of the username, any case; no pending nor deleted account");

        assertEquals(
                List.of(),
                objects(Forum.json(asker, "GET", "/api/users/suggest?q=sgx_", null)
                        .body()),
                "_ is no wildcard");
        assertEquals(
                List.of(),
                objects(Forum.json(asker, "GET", "/api/users/suggest?q=", null).body()));
    }

    @Test
    void visitorsGetNothingAndAMemberAskingTooOftenIsToldToWait() throws Exception {
        URI uri = base.toURI();
        assertEquals(
                401,
                Forum.json(new WebClient(uri), "GET", "/api/users/suggest?q=adm", null)
                        .statusCode());

        WebClient member = Members.joined(uri, "Presse-sgy", "presse.sgy@collectif.test");
        // 60 a minute, refilled as time passes: a few more may get through while the loop runs.
        int answered = 0;
        HttpResponse<String> last = Forum.json(member, "GET", "/api/users/suggest?q=sgxp", null);
        while (last.statusCode() == 200 && answered < 100) {
            answered++;
            last = Forum.json(member, "GET", "/api/users/suggest?q=sgxp", null);
        }
        assertEquals(429, last.statusCode(), last.body());
        assertTrue(answered >= 60 && answered < 70, "answered " + answered);
        assertTrue(last.headers().firstValue("Retry-After").isPresent());
    }

    private static List<String> objects(String json) {
        List<String> found = new ArrayList<>();
        Matcher matcher = OBJECT.matcher(json);
        while (matcher.find()) {
            found.add(matcher.group());
        }
        return found;
    }
}
