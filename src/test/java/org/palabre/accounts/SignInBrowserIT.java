package org.palabre.accounts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.time.Duration;
import java.time.Instant;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.Cookie;
import org.palabre.testing.Administrator;
import org.palabre.testing.Browser;
import org.palabre.testing.Browser.JavaScript;

/** Signing in and out with the header and the sign-in form, in a browser without JavaScript. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SignInBrowserIT {

    private static final String SESSION_COOKIE = "palabre_session";
    private static final String FAILED = "Nom d’utilisateur, adresse ou mot de passe incorrect.";

    @ArquillianResource
    URL base;

    @BeforeEach
    void administratorExists() throws Exception {
        Administrator.ensureExists(base.toURI());
    }

    @Test
    void aWrongPasswordIsExplainedBesideTheFormAndTheRightOneSignsInUntilTheBrowserCloses() {
        try (Browser browser = Browser.open(base, JavaScript.OFF, "fr").visit("/")) {
            browser.click(".account-bar a[href='/signin']");
            assertEquals("Connexion", browser.text("main h1"));

            browser.type("login", Administrator.USERNAME)
                    .type("password", "pas le bon mot")
                    .click("main form button[type=submit]");
            assertEquals(
                    FAILED, browser.text("main form [role=alert]"), "the error sits in the form, above the fields");
            assertEquals(
                    Administrator.USERNAME, browser.find("#login").getDomProperty("value"), "what was typed is kept");
            assertTrue(browser.findAll(".signed-in-as").isEmpty(), "not signed in");
            assertTrue(browser.cookie(SESSION_COOKIE).isEmpty());

            browser.type("password", Administrator.PASSWORD).click("main form button[type=submit]");
            assertEquals("/", browser.path());
            assertEquals(Administrator.USERNAME, browser.text(".account-bar .signed-in-as"));
            Cookie session = browser.cookie(SESSION_COOKIE).orElseThrow(() -> new AssertionError("no session cookie"));
            assertNull(session.getExpiry(), "without 'remember me' the session ends with the browser");
            assertTrue(session.isHttpOnly(), "scripts cannot read the session");
        }
    }

    @Test
    void rememberMeKeepsTheSessionForSixtyDaysAndSigningOutForgetsIt() {
        try (Browser browser = Browser.open(base, JavaScript.OFF, "fr").visit("/signin")) {
            browser.type("login", Administrator.EMAIL).type("password", Administrator.PASSWORD);
            browser.find("main form input[name=remember]").click();
            browser.click("main form button[type=submit]");

            assertEquals(Administrator.USERNAME, browser.text(".account-bar .signed-in-as"));
            Cookie session = browser.cookie(SESSION_COOKIE).orElseThrow(() -> new AssertionError("no session cookie"));
            assertTrue(
                    session.getExpiry() != null
                            && session.getExpiry()
                                    .toInstant()
                                    .isAfter(Instant.now().plus(Duration.ofDays(59))),
                    "the cookie outlives the browser, for about 60 days: " + session.getExpiry());

            browser.click(".account-bar form[action='/signout'] button");
            assertEquals("/", browser.path());
            assertTrue(browser.cookie(SESSION_COOKIE).isEmpty(), "the session cookie is removed");
            assertTrue(browser.findAll(".signed-in-as").isEmpty(), "signed out");
            assertEquals("Se connecter", browser.text(".account-bar a[href='/signin']"));

            browser.visit("/admin/mail");
            assertEquals("/signin", browser.path(), "the administrator pages ask to sign in again");
        }
    }
}
