package org.palabre.testing;

import java.net.URI;
import java.net.http.HttpResponse;
import java.util.Map;

/**
 * The administrator every test suite run has: created through the real first-run page, by whichever test
 * gets there first (the first-run browser test when a browser is installed, else the first caller here).
 */
public final class Administrator {

    public static final String USERNAME = "admin";
    public static final String EMAIL = "admin@palabre.test";
    public static final String PASSWORD = "phrase de passe de test";

    private Administrator() {}

    public static synchronized void ensureExists(URI base) {
        WebClient client = new WebClient(base);
        if (client.get("/setup").statusCode() == 404) {
            return;
        }
        HttpResponse<String> created = client.submit(
                "/setup",
                "/setup",
                Map.of(
                        "code",
                        setupCode(client),
                        "username",
                        USERNAME,
                        "email",
                        EMAIL,
                        "password",
                        PASSWORD,
                        "passwordAgain",
                        PASSWORD));
        if (created.statusCode() != 303) {
            throw new AssertionError("first-run setup failed: " + created.statusCode() + " " + created.body());
        }
    }

    private static final java.util.Map<URI, WebClient> SIGNED_IN = new java.util.concurrent.ConcurrentHashMap<>();

    /** A client signed in as the administrator; one per server, so tests do not spend the sign-in limit. */
    public static WebClient signedIn(URI base) {
        return SIGNED_IN.computeIfAbsent(base, Administrator::signIn);
    }

    private static WebClient signIn(URI base) {
        ensureExists(base);
        WebClient client = new WebClient(base);
        HttpResponse<String> signedIn =
                client.submit("/signin", "/signin", Map.of("login", USERNAME, "password", PASSWORD));
        if (signedIn.statusCode() != 303) {
            throw new AssertionError("administrator sign-in failed: " + signedIn.statusCode());
        }
        return client;
    }

    /** What the person at the console reads in the server log. */
    public static String setupCode(WebClient client) {
        return client.get("/test-support/setup-code").body();
    }
}
