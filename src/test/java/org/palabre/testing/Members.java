package org.palabre.testing;

import java.net.URI;
import java.net.http.HttpResponse;
import java.util.Map;

/** Members made the way people join: sign up, then follow the link from the mail log. */
public final class Members {

    public static final String PASSWORD = "une phrase de passe solide";

    private Members() {}

    /** Signs up and verifies a member; returns a client signed in as them. */
    public static WebClient joined(URI base, String username, String email) {
        WebClient visitor = new WebClient(base);
        HttpResponse<String> signedUp = visitor.submit(
                "/signup",
                "/signup",
                Map.of("username", username, "email", email, "password", PASSWORD, "passwordAgain", PASSWORD));
        if (signedUp.statusCode() != 200) {
            throw new AssertionError("sign-up of " + username + " refused: " + signedUp.statusCode());
        }
        String link = new MailLogReader(base).newestLinkPath(email, "/signup/verify/");
        if (visitor.submit(link, link, Map.of()).statusCode() != 200) {
            throw new AssertionError("verification of " + username + " failed");
        }
        return signedIn(base, username, PASSWORD);
    }

    public static WebClient signedIn(URI base, String login, String password) {
        WebClient client = new WebClient(base);
        HttpResponse<String> signedIn =
                client.submit("/signin", "/signin", Map.of("login", login, "password", password));
        if (signedIn.statusCode() != 303) {
            throw new AssertionError("sign-in of " + login + " failed: " + signedIn.statusCode());
        }
        return client;
    }
}
