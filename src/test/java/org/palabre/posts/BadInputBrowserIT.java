package org.palabre.posts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.URL;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.palabre.testing.Browser;
import org.palabre.testing.Browser.JavaScript;
import org.palabre.testing.Forum;
import org.palabre.testing.Members;
import org.palabre.testing.WebClient;

/** What a member sees in a real browser after sending what no post may hold. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class BadInputBrowserIT {

    @ArquillianResource
    URL base;

    /* A megabyte of French text encodes to well over 1 MiB in a form (spaces, accents, line breaks). */
    @ParameterizedTest(name = "JavaScript {0}")
    @EnumSource(JavaScript.class)
    void aMemberWhoPastesAMegabyteOfTextIsToldItIsTooLargeAndNothingIsPublished(JavaScript javaScript)
            throws Exception {
        URI uri = base.toURI();
        String username = "Colleur-" + javaScript;
        WebClient member = Members.joined(uri, username, username.toLowerCase() + "@bad-input.test");
        String category = ForumCalls.publicCategory(
                uri, "bad-input-paste-" + javaScript.name().toLowerCase());
        Forum.Place topic =
                ForumCalls.startTopic(member, category, "Un copier-coller d’un mégaoctet", "Premier message.");
        String megabyte = "Réunion générale : l’ordre du jour est très, très long.\n".repeat(1_000_000 / 56);

        try (Browser browser = Browser.open(base, javaScript, "fr").visit("/signin")) {
            browser.type("login", username).type("password", Members.PASSWORD).click("main form button[type=submit]");
            browser.visit(topic.topicPath() + "/reply");
            browser.driver().executeScript("document.getElementById('raw').value = arguments[0];", megabyte);
            browser.click("main form button[name=intent][value=publish]");

            assertEquals(
                    "Envoi trop volumineux", browser.text("main h1"), "a page of Palabre's, not the browser's error");
            assertTrue(browser.text("main").contains("Ce que vous avez envoyé dépasse 1 Mo."), browser.text("main"));
        }
        assertEquals(1, ForumCalls.postCount(member, topic.id()), "nothing was published");
    }
}
