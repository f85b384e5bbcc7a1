package org.palabre.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.URL;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.palabre.testing.Administrator;
import org.palabre.testing.Browser;
import org.palabre.testing.Browser.JavaScript;
import org.palabre.testing.Forum;
import org.palabre.testing.WebClient;

/** Searching from the header in a browser without JavaScript: results grouped by topic, words marked, text escaped. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SearchBrowserIT {

    @ArquillianResource
    URL base;

    @Test
    void aVisitorWithoutJavaScriptSearchesFromTheHeaderAndReadsMarkedEscapedExcerpts() throws Exception {
        URI uri = base.toURI();
        Forum.publicCategory(uri, "navigateur-sb");
        WebClient admin = Administrator.signedIn(uri);
        Forum.Place topic = Forum.topic(
                admin,
                "navigateur-sb",
                "Tamanoirsb : la cantine",
                "Les tamanoirsb mangent à midi. <img src=x onerror=alert(1)> `<b>gras</b>`");
        Forum.reply(admin, topic, null, "Et le soir, un tamanoirsb de plus.");
        SearchFollowsChangesHttpIT.assertFound(new WebClient(uri), "tamanoirsb", 2, "both posts indexed");

        try (Browser browser = Browser.open(base, JavaScript.OFF, "fr").visit("/")) {
            browser.type("site-search-q", "tamanoirsb").click("header .site-search button");
            assertEquals("/search", browser.path());
            assertTrue(browser.text("main .search-count").contains("2 messages trouvés"), browser.text("main"));
            assertEquals(1, browser.findAll("main .search-topic").size(), "grouped by topic");
            assertEquals(2, browser.findAll("main .search-topic .search-hit").size());
            assertTrue(browser.findAll("main .search-excerpt mark").stream()
                    .anyMatch(mark -> mark.getText().equalsIgnoreCase("tamanoirsb")));
            assertEquals(0, browser.findAll("main .search-excerpt img").size(), "no markup from a post in excerpts");
            assertTrue(browser.text("main").contains("<b>gras</b>"), "code shown as text: " + browser.text("main"));

            browser.click("main .search-topic h2 a");
            assertEquals(topic.topicPath(), browser.path());

            browser.visit("/search?q=" + SearchLanguagesHttpIT.encode("\"(((") + "&sort=date&titles=1");
            assertTrue(browser.text("main").contains("Aucun message trouvé."), browser.text("main"));
        }
    }
}
