package org.palabre.accounts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.openqa.selenium.By;
import org.palabre.testing.Administrator;
import org.palabre.testing.Browser;
import org.palabre.testing.Browser.JavaScript;
import org.palabre.testing.MailLogReader;
import org.palabre.testing.Members;

/** Joining and getting back in, in a browser: sign-up and its mailed link, a forgotten password. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class JoiningBrowserIT {

    private static final String SIGN_IN_FAILED = "Nom d’utilisateur, adresse ou mot de passe incorrect.";

    @ArquillianResource
    URL base;

    @BeforeEach
    void administratorExists() throws Exception {
        Administrator.ensureExists(base.toURI());
    }

    @ParameterizedTest(name = "JavaScript {0}")
    @EnumSource(JavaScript.class)
    void aVisitorSignsUpActivatesTheAccountFromTheMailedLinkThenSignsInAndOut(JavaScript javaScript) {
        String username = "Noam-" + javaScript.name().toLowerCase();
        String email = username.toLowerCase() + "@atelier.test";
        try (Browser browser = Browser.open(base, javaScript, "fr").visit("/")) {
            browser.click(".account-bar a[href='/signup']");
            assertEquals("Créer un compte", browser.text("main h1"));
            browser.type("username", username)
                    .type("email", email)
                    .type("password", Members.PASSWORD)
                    .type("passwordAgain", Members.PASSWORD)
                    .click("main form button[type=submit]");
            assertEquals("Vérifiez votre messagerie", browser.text("main h1"));

            signIn(browser, username, Members.PASSWORD);
            assertTrue(
                    browser.text("main form [role=alert]").startsWith("Confirmez d’abord votre adresse"),
                    "no way in before the address is confirmed: " + browser.text("main form [role=alert]"));

            browser.visit(linkInTheMailLog(javaScript, email, "/signup/verify/"));
            assertEquals("Confirmer votre adresse", browser.text("main h1"));
            browser.click("main form button[type=submit]");
            assertEquals("Compte activé", browser.text("main h1"));

            browser.click(".account-bar a[href='/signin']");
            browser.type("login", username).type("password", Members.PASSWORD).click("main form button[type=submit]");
            assertEquals("/", browser.path());
            assertEquals(username, browser.text(".account-bar .signed-in-as"));

            browser.click(".account-bar form[action='/signout'] button");
            assertEquals("/", browser.path());
            assertTrue(browser.findAll(".signed-in-as").isEmpty(), "signed out");
            assertEquals("Se connecter", browser.text(".account-bar a[href='/signin']"));
        }
    }

    @Test
    void aMemberWhoForgotThePasswordSetsANewOneFromTheMailedLinkAndTheOldOneNoLongerWorks() throws Exception {
        Members.joined(base.toURI(), "Oriane", "oriane@atelier.test");
        String newPassword = "le chat dort sur la pile de tracts";
        try (Browser browser = Browser.open(base, JavaScript.OFF, "fr").visit("/signin")) {
            browser.click("main a[href='/password/reset']");
            assertEquals("Mot de passe oublié", browser.text("main h1"));
            browser.type("email", "oriane@atelier.test").click("main form button[type=submit]");
            assertEquals("Vérifiez votre messagerie", browser.text("main h1"));
            assertTrue(browser.text("main").contains("Si un compte utilise cette adresse"));

            browser.visit(new MailLogReader(base.toURI()).newestLinkPath("oriane@atelier.test", "/password/reset/"));
            assertEquals("Choisir un nouveau mot de passe", browser.text("main h1"));
            browser.type("password", newPassword)
                    .type("passwordAgain", newPassword)
                    .click("main form button[type=submit]");
            assertEquals("Mot de passe changé", browser.text("main h1"));

            signIn(browser, "oriane@atelier.test", Members.PASSWORD);
            assertEquals(SIGN_IN_FAILED, browser.text("main form [role=alert]"), "the old password is refused");
            assertTrue(browser.findAll(".signed-in-as").isEmpty(), "not signed in");

            browser.type("password", newPassword).click("main form button[type=submit]");
            assertEquals("/", browser.path());
            assertEquals("Oriane", browser.text(".account-bar .signed-in-as"));
        }
    }

    private static void signIn(Browser browser, String login, String password) {
        browser.visit("/signin").type("login", login).type("password", password).click("main form button[type=submit]");
    }

    /** What the administrator does for someone whose mail cannot leave: opens the mail log and copies the link. */
    private String linkInTheMailLog(JavaScript javaScript, String recipient, String pathPrefix) {
        try (Browser administrator = Browser.open(base, javaScript, "fr")) {
            signIn(administrator, Administrator.EMAIL, Administrator.PASSWORD);
            administrator.click(".site-nav a[href='/admin/mail']");
            assertEquals("Courriels", administrator.text("main h1"));
            administrator.click("a[href='/admin/mail/stored']");
            assertEquals("Courriels envoyés", administrator.text("main h1"));
            String mail = administrator.findAll("table.mail-log tbody tr").stream()
                    .filter(row -> row.findElement(By.cssSelector("td:nth-child(2)"))
                            .getText()
                            .equals(recipient))
                    .map(row -> row.findElement(By.cssSelector("a")).getDomAttribute("href"))
                    .findFirst()
                    .orElseThrow(() -> new AssertionError("no mail to " + recipient + " in the mail log"));
            administrator.click("a[href='" + mail + "']");
            Matcher link = Pattern.compile("https?://[^/\\s]+(" + Pattern.quote(pathPrefix) + "\\S+)")
                    .matcher(administrator.text("pre.mail-text"));
            assertTrue(
                    link.find(), "the mail holds a link to " + pathPrefix + ": " + administrator.text("pre.mail-text"));
            return link.group(1);
        }
    }
}
