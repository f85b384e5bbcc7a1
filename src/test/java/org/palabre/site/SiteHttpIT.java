package org.palabre.site;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.Set;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.palabre.testing.Administrator;
import org.palabre.testing.ListeningSockets;
import org.palabre.testing.Members;
import org.palabre.testing.WebClient;

/** What any HTTP client sees of the running Palabre: languages, headers, errors, forgery checks, operations. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SiteHttpIT {

    @ArquillianResource
    URL base;

    private URI uri;

    @BeforeEach
    void baseUri() throws Exception {
        uri = base.toURI();
    }

    @Test
    void theHomePageSpeaksFrenchToAFrenchBrowserAndEnglishToAnEnglishOne() {
        HttpResponse<String> french =
                new WebClient(uri).speaking("fr-FR,fr;q=0.9,en;q=0.5").get("/");
        assertEquals(200, french.statusCode());
        assertTrue(french.body().contains("<html lang=\"fr\">"));
        assertTrue(french.body().contains("Bienvenue sur Palabre"));

        HttpResponse<String> english =
                new WebClient(uri).speaking("en-GB,en;q=0.9").get("/");
        assertTrue(english.body().contains("<html lang=\"en\">"));
        assertTrue(english.body().contains("Welcome to Palabre"));

        HttpResponse<String> german =
                new WebClient(uri).speaking("de-DE,de;q=0.9").get("/");
        assertTrue(german.body().contains("<html lang=\"fr\">"), "an unsupported language gets the site's language");
    }

    @Test
    void theLanguageSwitchIsAFormThatOverridesTheBrowserLanguageAndComesBack() {
        WebClient client = new WebClient(uri).speaking("fr");
        HttpResponse<String> switched = client.submit("/signin", "/language", Map.of("lang", "en", "back", "/signin"));
        assertEquals(303, switched.statusCode());
        assertEquals(
                "/signin",
                switched.headers()
                        .firstValue("Location")
                        .map(l -> URI.create(l).getPath())
                        .orElse(""));
        assertTrue(client.get("/").body().contains("Welcome to Palabre"));
    }

    @Test
    void theLanguageSwitchNeverRedirectsToAnotherSite() {
        HttpResponse<String> switched =
                new WebClient(uri).submit("/signin", "/language", Map.of("lang", "en", "back", "//evil.example/"));
        assertEquals(303, switched.statusCode());
        URI location = URI.create(switched.headers().firstValue("Location").orElseThrow());
        assertTrue(location.getHost() == null || location.getHost().equals(uri.getHost()), location.toString());
    }

    @ParameterizedTest
    @ValueSource(strings = {"/", "/signin", "/css/palabre.css", "/js/palabre.js", "/no-such-page", "/css/no-such.css"})
    void everyResponseCarriesTheSecurityHeaders(String path) {
        assertSecurityHeaders(new WebClient(uri).get(path), path);
    }

    private static void assertSecurityHeaders(HttpResponse<String> response, String what) {
        String csp = response.headers().firstValue("Content-Security-Policy").orElse("");
        assertTrue(csp.contains("default-src 'self'"), what + ": " + csp);
        assertTrue(csp.contains("script-src 'self'") && !csp.contains("unsafe-inline"), csp);
        assertTrue(csp.contains("frame-ancestors 'none'"), csp);
        assertEquals(
                "nosniff",
                response.headers().firstValue("X-Content-Type-Options").orElse(""),
                what);
        assertEquals(
                "same-origin", response.headers().firstValue("Referrer-Policy").orElse(""), what);
        assertEquals("DENY", response.headers().firstValue("X-Frame-Options").orElse(""), what);
    }

    /** Answers the container used to make itself, before or around Palabre, without any of its headers. */
    @Test
    void theContainersOwnAnswersCarryTheSecurityHeadersToo() {
        WebClient client = new WebClient(uri).speaking("en");
        HttpResponse<String> deleteWithBody = client.send(client.request("/api/no-such-thing")
                .header("Origin", client.origin())
                .header("Content-Type", "application/json")
                .method("DELETE", HttpRequest.BodyPublishers.ofString("{}"))
                .build());
        assertEquals(404, deleteWithBody.statusCode(), "Palabre answers, not Grizzly's bare 400");
        assertTrue(deleteWithBody.body().contains("\"status\":404"), deleteWithBody.body());
        assertSecurityHeaders(deleteWithBody, "DELETE with a body");

        HttpResponse<String> folder = client.get("/css");
        assertEquals(404, folder.statusCode(), "no redirect to the folder");
        assertSecurityHeaders(folder, "a folder without its slash");

        HttpResponse<String> trace = client.send(client.request("/css/palabre.css")
                .header("Cookie", "palabre_session=secret-session")
                .method("TRACE", HttpRequest.BodyPublishers.noBody())
                .build());
        assertEquals(405, trace.statusCode());
        assertFalse(trace.body().contains("secret-session"), "TRACE echoed the request: " + trace.body());
        assertSecurityHeaders(trace, "TRACE");

        HttpResponse<String> options = client.send(client.request("/")
                .method("OPTIONS", HttpRequest.BodyPublishers.noBody())
                .build());
        assertFalse(options.body().contains("<application"), "OPTIONS answers with the WADL: " + options.body());
        assertEquals(404, client.get("/application.wadl").statusCode(), "no WADL of every resource");
    }

    @Test
    void signedInAndApiAnswersAreNeverStoredWhileVisitorsPagesMayBe() {
        WebClient admin = Administrator.signedIn(uri);
        for (String path :
                new String[] {"/", "/admin/mail", "/admin/mail/stored", "/preferences", "/api/me", "/nope"}) {
            String cache = admin.get(path).headers().firstValue("Cache-Control").orElse("");
            assertTrue(cache.contains("private") && cache.contains("no-store"), path + ": " + cache);
        }
        String token = admin.submit(
                        "/preferences",
                        "/preferences/tokens",
                        Map.of("tokenName", "cache", "tokenPassword", Administrator.PASSWORD))
                .body()
                .replaceAll("(?s).*<code class=\"new-token\">([^<]+)</code>.*", "$1");
        HttpResponse<String> me = new WebClient(uri)
                .send(new WebClient(uri)
                        .request("/api/me")
                        .header("Authorization", "Bearer " + token)
                        .GET()
                        .build());
        assertEquals(200, me.statusCode(), me.body());
        assertTrue(me.headers().firstValue("Cache-Control").orElse("").contains("no-store"), "the API with a token");

        WebClient visitor = new WebClient(uri);
        for (String secretLink : new String[] {
            "/password/reset/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA",
            "/email/confirm/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA",
            "/signup/verify/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA",
            "/mail/unsubscribe/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA"
        }) {
            visitor.get("/"); // holds its anti-forgery cookie: the answer sets none
            String cache = visitor.get(secretLink)
                    .headers()
                    .firstValue("Cache-Control")
                    .orElse("");
            assertTrue(cache.contains("no-store"), "a page whose address is its secret: " + secretLink + " " + cache);
        }
        visitor = new WebClient(uri);
        HttpResponse<String> signIn = visitor.get("/signin");
        assertFalse(signIn.headers().allValues("Set-Cookie").isEmpty(), "a form's page sets the anti-forgery cookie");
        String first = signIn.headers().firstValue("Cache-Control").orElse("");
        assertTrue(first.contains("private"), "the page that sets the anti-forgery cookie is private: " + first);
        HttpResponse<String> home = new WebClient(uri).get("/");
        assertTrue(home.headers().allValues("Set-Cookie").isEmpty(), "a page without a form sets no cookie");
        String later = home.headers().firstValue("Cache-Control").orElse("");
        assertFalse(
                later.contains("no-store") || later.contains("private"), "a visitor's page stays cacheable: " + later);
    }

    /** Each of these once made the sign-in or language redirect fail with a 500. */
    @Test
    void anyReturnAddressGivesARedirectOnThisSiteNeverAnErrorNorAnotherSite() {
        String[] addresses = {
            "/a b",
            "/a\\b",
            "/a\"b",
            "/a<b>",
            "/a{b}",
            "/a|b",
            "/a^b`",
            "/%zz",
            "//evil.example/",
            "/\\evil.example",
            "https://evil.example/",
            "/\u00e9t\u00e9"
        };
        WebClient member = Members.joined(uri, "retour", "retour@site.test");
        for (String address : addresses) {
            HttpResponse<String> switched = member.submit("/", "/language", Map.of("lang", "fr", "back", address));
            assertStaysHere(switched, "back=" + address);
            HttpResponse<String> form = new WebClient(uri).get("/signin?next=" + URLEncoder.encode(address, UTF_8));
            assertEquals(200, form.statusCode(), "signin?next=" + address);
        }
        for (String address : new String[] {"/a b", "/a\\b", "/a\"b", "/a<b>", "/a{b}", "/a|b"}) {
            HttpResponse<String> signedIn = new WebClient(uri)
                    .submit(
                            "/signin",
                            "/signin",
                            Map.of("login", "retour", "password", Members.PASSWORD, "next", address));
            assertStaysHere(signedIn, "next=" + address);
        }
    }

    private void assertStaysHere(HttpResponse<String> response, String what) {
        assertEquals(303, response.statusCode(), what + ": " + response.body());
        URI location = uri.resolve(response.headers().firstValue("Location").orElseThrow());
        assertEquals(uri.getHost(), location.getHost(), what);
        assertEquals(uri.getPort(), location.getPort(), what);
    }

    @Test
    void pagesReferenceNoOtherOriginAndCarryNoInlineScript() {
        String html = new WebClient(uri).get("/").body();
        assertFalse(
                html.matches("(?s).*(src|href|action)=\"(https?:)?//.*"), "a page links a resource on another origin");
        assertFalse(html.matches("(?s).*<script>.*"), "inline script");
        assertFalse(html.contains(" style=\""), "inline style would be blocked by the policy");
    }

    @Test
    void anUnknownPageIsAFriendly404InTheReadersLanguage() {
        HttpResponse<String> missing = new WebClient(uri).speaking("en").get("/no/such/page");
        assertEquals(404, missing.statusCode());
        assertTrue(missing.body().contains("Page not found"));
        assertTrue(missing.body().contains("href=\"/\""), "a way back home");

        HttpResponse<String> missingFile = new WebClient(uri).speaking("fr").get("/css/absent.css");
        assertEquals(404, missingFile.statusCode());
        assertTrue(missingFile.body().contains("Page introuvable"));
    }

    @Test
    void anUnknownApiPathAnswersWithAProblemDocument() {
        HttpResponse<String> missing = new WebClient(uri).speaking("en").get("/api/no-such-thing");
        assertEquals(404, missing.statusCode());
        assertEquals(
                "application/problem+json",
                missing.headers().firstValue("Content-Type").orElse("").split(";")[0]);
        assertTrue(missing.body().contains("\"status\":404"), missing.body());
        assertTrue(missing.body().contains("\"title\":\"Page not found\""), missing.body());
    }

    @Test
    void anUnknownApiPathAnswersAProblemDocumentWhateverTheMethod() {
        WebClient client = new WebClient(uri).speaking("en");
        for (String method : new String[] {"PUT", "DELETE", "POST"}) {
            HttpResponse<String> missing = client.send(client.request("/api/no-such-thing")
                    .header("Origin", client.origin())
                    .header("Content-Type", "application/json")
                    // A DELETE carries no body, as clients send it: Grizzly refuses a payload on it with a 400
                    .method(
                            method,
                            method.equals("DELETE")
                                    ? HttpRequest.BodyPublishers.noBody()
                                    : HttpRequest.BodyPublishers.ofString("{}"))
                    .build());
            assertEquals(404, missing.statusCode(), method);
            assertTrue(missing.body().contains("\"status\":404"), method + " " + missing.body());
        }
    }

    @Test
    void aFormPostedWithoutItsTokenIsRefusedAndChangesNothing() {
        WebClient client = new WebClient(uri).speaking("fr");
        client.get("/");
        HttpResponse<String> forged = client.post(
                "/signup",
                Map.of(
                        "username",
                        "perf-forged",
                        "email",
                        "perf-forged@example.org",
                        "password",
                        "phrase de passe forgée",
                        "passwordAgain",
                        "phrase de passe forgée"));
        assertEquals(403, forged.statusCode());
        assertTrue(forged.body().contains("Ce formulaire a expiré"), "the reader learns why");
    }

    @Test
    void aFormPostedWithAnotherVisitorsTokenIsRefused() {
        String othersToken =
                WebClient.csrfTokenIn(new WebClient(uri).get("/signin").body());
        WebClient client = new WebClient(uri);
        client.get("/signin");
        assertEquals(
                403,
                client.post("/signin", Map.of("username", "nobody", "password", "x", "_csrf", othersToken))
                        .statusCode());
    }

    @Test
    void aPostFromAnotherOriginIsRefusedEvenWithAValidToken() {
        WebClient client = new WebClient(uri);
        String token = WebClient.csrfTokenIn(client.get("/signin").body());
        HttpResponse<String> crossSite = client.send(client.request("/language")
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Origin", "https://evil.example")
                .POST(HttpRequest.BodyPublishers.ofString(WebClient.encode(Map.of("lang", "en", "_csrf", token))))
                .build());
        assertEquals(403, crossSite.statusCode());
    }

    @Test
    void theMailLogIsForAdministratorsOnly() {
        HttpResponse<String> anonymous = new WebClient(uri).get("/admin/mail");
        assertEquals(303, anonymous.statusCode());
        assertTrue(anonymous.headers().firstValue("Location").orElse("").contains("/signin?next=%2Fadmin%2Fmail"));

        WebClient admin = Administrator.signedIn(uri);
        HttpResponse<String> log = admin.get("/admin/mail");
        assertEquals(200, log.statusCode());
        assertTrue(log.body().contains("<h1>Courriels</h1>"), "the outbox page");
    }

    @Test
    void aWrongPasswordIsRefusedWithOneMessageForUnknownAndWrong() {
        Administrator.ensureExists(uri);
        WebClient client = new WebClient(uri);
        HttpResponse<String> wrong = client.submit(
                "/signin", "/signin", Map.of("login", Administrator.USERNAME, "password", "pas le bon mot"));
        HttpResponse<String> unknown =
                client.submit("/signin", "/signin", Map.of("login", "personne", "password", "pas le bon mot"));
        assertEquals(401, wrong.statusCode());
        assertEquals(401, unknown.statusCode());
        assertTrue(wrong.body().contains("Nom d’utilisateur, adresse ou mot de passe incorrect."));
        assertTrue(unknown.body().contains("Nom d’utilisateur, adresse ou mot de passe incorrect."));
    }

    @Test
    void signingInGivesANewHttpOnlySessionCookieAndSigningOutEndsIt() {
        Administrator.ensureExists(uri);
        WebClient client = new WebClient(uri);
        HttpResponse<String> signedIn = client.submit(
                "/signin",
                "/signin",
                Map.of(
                        "login",
                        Administrator.EMAIL.toUpperCase(),
                        "password",
                        Administrator.PASSWORD,
                        "next",
                        "/admin/mail"));
        assertEquals(303, signedIn.statusCode());
        assertTrue(signedIn.headers().firstValue("Location").orElse("").endsWith("/admin/mail"));
        String session = signedIn.headers().allValues("Set-Cookie").stream()
                .filter(c -> c.startsWith("palabre_session="))
                .findFirst()
                .orElse(null);
        assertNotNull(session, "a session cookie");
        assertTrue(session.contains("HttpOnly"), session);
        assertTrue(session.contains("SameSite=Lax"), session);

        HttpResponse<String> signedOut = client.submit("/", "/signout", Map.of());
        assertEquals(303, signedOut.statusCode());
        assertEquals(303, client.get("/admin/mail").statusCode(), "signed out: back to the sign-in page");
    }

    @Test
    void readinessIncludesTheDatabaseAndMetricsAreLocalAndOpenApiIsServed() {
        WebClient client = new WebClient(uri);
        HttpResponse<String> ready = client.get("/health/ready");
        assertEquals(200, ready.statusCode());
        assertTrue(ready.body().contains("\"name\":\"database\""), ready.body());
        assertTrue(ready.body().contains("\"status\":\"UP\""), ready.body());
        assertEquals(200, client.get("/metrics").statusCode(), "from the server itself");
        for (String proxyHeader : new String[] {"X-Forwarded-For", "Forwarded", "X-Real-IP"}) {
            HttpResponse<String> proxied = client.send(client.request("/metrics")
                    .header(proxyHeader, "203.0.113.7")
                    .GET()
                    .build());
            assertEquals(404, proxied.statusCode(), "through a reverse proxy (" + proxyHeader + ")");
        }
        HttpResponse<String> openApi = client.get("/openapi");
        assertEquals(200, openApi.statusCode());
        assertTrue(openApi.body().contains("title: Palabre"), openApi.body());
        for (String path : new String[] {
            "/api/me:", "/api/me/tokens:", "/api/signup:", "/api/groups:", "/api/invites:", "/api/users/{username}:"
        }) {
            assertTrue(openApi.body().contains(path), "the API document lists " + path);
        }
        assertFalse(openApi.body().contains("/signin:"), "pages are not API");
    }

    /**
     * Payara's Hazelcast data grid listened on port 6900 and up on every interface though Palabre runs as one
     * node: the server must listen on its HTTP port and nothing else.
     */
    @Test
    void theServerListensOnItsHttpPortAndNothingElse() throws Exception {
        Assumptions.assumeTrue(ListeningSockets.readable(), "needs Linux's /proc to see the server's sockets");
        assertEquals(Set.of(uri.getPort()), ListeningSockets.ofProcessListeningOn(uri.getPort()));
    }
}
