package org.palabre.accounts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.URL;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.support.ui.Select;
import org.palabre.testing.Browser;
import org.palabre.testing.Browser.JavaScript;
import org.palabre.testing.MailLogReader;
import org.palabre.testing.Members;
import org.palabre.testing.WebClient;

/** A member's own settings on /preferences, in a browser without JavaScript. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PreferencesBrowserIT {

    @ArquillianResource
    URL base;

    private URI uri;

    @BeforeEach
    void setUp() throws Exception {
        uri = base.toURI();
    }

    @Test
    void aMemberMovesToANewAddressConfirmedFromTheMailSentThereAndSignsInWithIt() {
        Members.joined(uri, "Pablo", "pablo@atelier.test");
        try (Browser browser = signedIn("Pablo")) {
            browser.click(".account-bar a.signed-in-as");
            assertEquals("Préférences", browser.text("main h1"));
            browser.type("email", "pablo@ailleurs.test")
                    .type("emailPassword", Members.PASSWORD)
                    .click("form[action='/preferences/email'] button[type=submit]");
            assertTrue(
                    browser.text("main [role=status]")
                            .startsWith("Un lien de confirmation part vers la nouvelle adresse"),
                    browser.text("main [role=status]"));
            assertTrue(
                    browser.text("main").contains("Adresse actuelle : pablo@atelier.test"),
                    "nothing changes before confirmation");

            browser.visit(new MailLogReader(uri).newestLinkPath("pablo@ailleurs.test", "/email/confirm/"));
            assertEquals("Confirmer la nouvelle adresse", browser.text("main h1"));
            browser.click("main form button[type=submit]");
            assertEquals("Adresse changée", browser.text("main h1"));
            browser.visit("/preferences");
            assertTrue(browser.text("main").contains("Adresse actuelle : pablo@ailleurs.test"));

            browser.click(".account-bar form[action='/signout'] button");
            signIn(browser, "pablo@atelier.test", Members.PASSWORD);
            assertEquals(
                    "Nom d’utilisateur, adresse ou mot de passe incorrect.",
                    browser.text("main form [role=alert]"),
                    "the old address no longer signs in");
            signIn(browser, "pablo@ailleurs.test", Members.PASSWORD);
            assertEquals("Pablo", browser.text(".account-bar .signed-in-as"));
        }
    }

    @Test
    void aMemberWhoChoosesEnglishGetsEnglishPagesEvenInAnotherFrenchBrowser() {
        Members.joined(uri, "Quitterie", "quitterie@atelier.test");
        try (Browser browser = signedIn("Quitterie").visit("/preferences")) {
            new Select(browser.find("#language")).selectByVisibleText("English");
            browser.click("form[action='/preferences'] button[type=submit]");
            assertEquals("/preferences", browser.path());
            assertEquals("Preferences saved.", browser.text("main [role=status]"));
            assertEquals("Preferences", browser.text("main h1"));
            assertEquals("en", browser.find("html").getAttribute("lang"));

            browser.visit("/");
            assertEquals("Welcome to Palabre", browser.text("main h1"));
            assertEquals("Sign out", browser.text(".account-bar form[action='/signout'] button"));
        }
        try (Browser elsewhere = Browser.open(base, JavaScript.OFF, "fr").visit("/signin")) {
            assertEquals("Connexion", elsewhere.text("main h1"), "a stranger to the site still reads French");
            signIn(elsewhere, "Quitterie", Members.PASSWORD);
            assertEquals(
                    "Welcome to Palabre",
                    elsewhere.text("main h1"),
                    "the choice belongs to the account, not to one browser");
        }
    }

    @Test
    void aNewApiTokenIsShownOnceWorksForScriptsAndStopsWorkingOnceRevoked() {
        Members.joined(uri, "Rachid", "rachid@atelier.test");
        try (Browser browser = signedIn("Rachid").visit("/preferences")) {
            browser.type("tokenName", "lecteur de flux")
                    .type("tokenPassword", Members.PASSWORD)
                    .click("form[action='/preferences/tokens'] button[type=submit]");
            String secret = browser.text("code.new-token");
            assertTrue(secret.matches("palabre_[A-Za-z0-9_-]{43}"), secret);
            assertTrue(browser.text("main [role=status]").startsWith("Voici votre jeton. Copiez-le maintenant"));
            assertEquals("lecteur de flux", browser.text("table.tokens tbody tr td"));

            HttpResponse<String> me = withToken(secret);
            assertEquals(200, me.statusCode());
            assertTrue(me.body().contains("\"username\":\"Rachid\""), me.body());

            browser.visit("/preferences");
            assertTrue(browser.findAll("code.new-token").isEmpty(), "the secret is never shown again");
            assertFalse(browser.text("main").contains(secret), "not anywhere on the page");
            assertEquals("lecteur de flux", browser.text("table.tokens tbody tr td"), "the name stays listed");

            browser.click("table.tokens form[action$='/revoke'] button");
            assertEquals("/preferences", browser.path());
            assertEquals("Jeton révoqué.", browser.text("main [role=status]"));
            assertTrue(browser.findAll("table.tokens").isEmpty(), "no token left");
            assertEquals(401, withToken(secret).statusCode(), "the script is shut out");
        }
    }

    private Browser signedIn(String login) {
        Browser browser = Browser.open(base, JavaScript.OFF, "fr");
        try {
            signIn(browser, login, Members.PASSWORD);
            assertEquals(login, browser.text(".account-bar .signed-in-as"));
            return browser;
        } catch (RuntimeException | AssertionError e) {
            browser.close();
            throw e;
        }
    }

    private static void signIn(Browser browser, String login, String password) {
        browser.visit("/signin").type("login", login).type("password", password).click("main form button[type=submit]");
    }

    private HttpResponse<String> withToken(String secret) {
        WebClient script = new WebClient(uri);
        return script.send(HttpRequest.newBuilder(script.uri("/api/me"))
                .header("Authorization", "Bearer " + secret)
                .GET()
                .build());
    }
}
