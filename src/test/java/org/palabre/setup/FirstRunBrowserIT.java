package org.palabre.setup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.palabre.testing.Administrator;
import org.palabre.testing.Browser;
import org.palabre.testing.Browser.JavaScript;
import org.palabre.testing.WebClient;

/**
 * The person who installed Palabre creates its first administrator in a browser without JavaScript. Runs
 * right after FirstRunHttpIT, which leaves the setup open; it creates the very account (same name, address
 * and password) that Administrator.ensureExists later finds and signs in with.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
@Order(2)
class FirstRunBrowserIT {

    @ArquillianResource
    URL base;

    @Test
    void theInstallerCreatesTheAdministratorWithTheConsoleCodeAndIsSignedIn() throws Exception {
        try (Browser browser = Browser.open(base, JavaScript.OFF, "fr")) {
            WebClient console = new WebClient(base.toURI());
            assertEquals(
                    200,
                    console.get("/setup").statusCode(),
                    "The first-run setup is already done: a class that ran "
                            + "before this one (@Order(2)) completed it, for instance through Administrator.ensureExists. "
                            + "Only FirstRunHttpIT may run earlier, and it must leave the setup open.");

            browser.visit("/setup");
            assertEquals("Première configuration", browser.text("main h1"));
            browser.type("code", Administrator.setupCode(console))
                    .type("username", Administrator.USERNAME)
                    .type("email", Administrator.EMAIL)
                    .type("password", Administrator.PASSWORD)
                    .type("passwordAgain", Administrator.PASSWORD)
                    .click("main form button[type=submit]");

            assertEquals("/", browser.path(), "the new administrator lands on the home page");
            assertEquals(Administrator.USERNAME, browser.text(".account-bar .signed-in-as"));
            assertEquals("Se déconnecter", browser.text(".account-bar form[action='/signout'] button"));

            browser.visit("/admin/mail");
            assertEquals("Courriels", browser.text("main h1"));
            assertTrue(browser.title().startsWith("Courriels"), browser.title());

            browser.click(".account-bar form[action='/signout'] button");
            assertEquals("/", browser.path());
            assertTrue(browser.findAll(".signed-in-as").isEmpty(), "signed out");
            assertEquals("Se connecter", browser.text(".account-bar a[href='/signin']"));

            browser.visit("/setup");
            assertEquals("404", browser.text(".error-status"), "the setup page is gone for good");
            assertEquals("Page introuvable", browser.text("main h1"));
        }
    }
}
