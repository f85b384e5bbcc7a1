package org.palabre.topics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.URL;
import java.util.List;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.palabre.testing.Browser;
import org.palabre.testing.Browser.JavaScript;
import org.palabre.testing.Forum;
import org.palabre.testing.Members;

/** The whole life of a conversation in a browser with JavaScript off, as some members read over Tor. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class TopicsBrowserIT {

    @ArquillianResource
    URL base;

    @Test
    void withoutJavaScriptAMemberStartsRepliesQuotesPreviewsEditsAndReadsBothViews() throws Exception {
        URI uri = base.toURI();
        Forum.publicCategory(uri, "sans-javascript");
        Members.joined(uri, "Yasmina", "yasmina@collectif.test");
        Members.joined(uri, "Gaspardo", "gaspardo@collectif.test");
        try (Browser yasmine = Browser.open(base, JavaScript.OFF, "fr")) {
            signIn(yasmine, "Yasmina");
            yasmine.visit("/new-topic?category=sans-javascript")
                    .type("title", "Réunion de jeudi : ordre du jour")
                    .type("raw", "1. point carte\n2. note sur les marchés");
            yasmine.click("button[value=preview]");
            assertEquals("point carte", yasmine.text(".preview .cooked ol li"), "the preview shows the rendered list");
            assertEquals(
                    "Réunion de jeudi : ordre du jour",
                    yasmine.find("#title").getAttribute("value"),
                    "and keeps the title typed");
            yasmine.click("button[value=publish]");
            assertTrue(yasmine.path().matches("/t/reunion-de-jeudi-ordre-du-jour/\\d+"), yasmine.path());
            assertEquals("Réunion de jeudi : ordre du jour", yasmine.text("main h1"));
            String topicPath = yasmine.path();

            try (Browser gaspard = Browser.open(base, JavaScript.OFF, "fr")) {
                signIn(gaspard, "Gaspardo");
                gaspard.visit(topicPath);
                gaspard.click("#p1 .post-actions a[href$='quote=true']");
                assertTrue(
                        gaspard.find("#raw")
                                .getAttribute("value")
                                .startsWith("> [@Yasmina a écrit](" + topicPath + "/1) :"),
                        gaspard.find("#raw").getAttribute("value"));
                gaspard.type("raw", gaspard.find("#raw").getAttribute("value") + "J’ajoute un point sur les tracts.");
                gaspard.click("button[value=publish]");
                assertEquals(topicPath, gaspard.path());
                assertEquals("en réponse à Yasmina (n° 1)", gaspard.text("#p2 .in-reply-to"));
                assertEquals("Yasmina a écrit", gaspard.text("#p2 blockquote a").replace("@", ""));
            }

            yasmine.visit(topicPath);
            yasmine.click("#p2 .post-actions a[href*='reply?to=2']");
            assertEquals("En réponse à Gaspardo (message n° 2)", yasmine.text(".replying-to"));
            yasmine.type("raw", "Bonne idée, je les imprime.");
            yasmine.click("button[value=publish]");

            yasmine.visit(topicPath);
            yasmine.click("#p1 .post-actions a[href$='/edit']");
            yasmine.type("raw", "1. point carte\n2. note sur les marchés\n3. tracts")
                    .type("reason", "ajout des tracts");
            yasmine.click("button[value=publish]");
            assertEquals("modifié", yasmine.text("#p1 .edited"));
            yasmine.click("#p1 .edited");
            assertEquals("Version 2", yasmine.text(".revision h2"));
            assertEquals(
                    "3. tracts",
                    yasmine.text(".revision .diff-line.added").replace("+", "").strip());

            yasmine.visit(topicPath + "?view=tree");
            assertEquals(
                    List.of("depth-0", "depth-1", "depth-2"),
                    yasmine.findAll("article.post").stream()
                            .map(a -> a.getAttribute("class").replaceAll(".*(depth-\\d).*", "$1"))
                            .toList(),
                    "reply to the quote, nested under it");
            yasmine.click(".views a");
            assertFalse(yasmine.findAll("#p3").isEmpty(), "back in time order");

            // Withdrawing: the post's button sends the page's one token form to the post's own address.
            yasmine.click("#p3 .post-actions button[formaction$='/withdraw']");
            assertEquals(topicPath, yasmine.path());
            assertEquals("Ce message a été retiré.", yasmine.text("#p3 .withdrawn-notice"));
            assertFalse(yasmine.text("#p1 .cooked").isEmpty(), "only that post was withdrawn");
            assertEquals(List.of(), yasmine.requestsToOtherOrigins());
        }
    }

    private static void signIn(Browser browser, String login) {
        browser.visit("/signin")
                .type("login", login)
                .type("password", Members.PASSWORD)
                .click("main form button[type=submit]");
        assertEquals(login, browser.text(".account-bar .signed-in-as"));
    }
}
