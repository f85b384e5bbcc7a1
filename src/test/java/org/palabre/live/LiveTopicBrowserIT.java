package org.palabre.live;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.URL;
import java.time.Duration;
import java.util.List;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.palabre.testing.Browser;
import org.palabre.testing.Browser.JavaScript;
import org.palabre.testing.Forum;
import org.palabre.testing.Members;
import org.palabre.testing.WebClient;

/** Two members on one topic: one replies, the other sees it come without reloading; without JavaScript, as ever. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class LiveTopicBrowserIT {

    @ArquillianResource
    URL base;

    @Test
    void aReplyAppearsForAnotherReaderWithoutReloadingAndThePageWorksWithoutJavaScript() throws Exception {
        URI uri = base.toURI();
        Forum.publicCategory(uri, "direct-navigateur-lv");
        WebClient starter = Members.joined(uri, "Amina-lvb", "amina.lvb@collectif.test");
        Members.joined(uri, "Bruno-lvb", "bruno.lvb@collectif.test");
        Members.joined(uri, "Chloe-lvb", "chloe.lvb@collectif.test");
        Forum.Place topic = Forum.topic(starter, "direct-navigateur-lv", "Réunion de ce soir", "Qui apporte quoi ?");

        try (Browser amina = signedIn("Amina-lvb", JavaScript.ON);
                Browser bruno = signedIn("Bruno-lvb", JavaScript.ON);
                Browser chloe = signedIn("Chloe-lvb", JavaScript.OFF)) {
            amina.visit(topic.topicPath());
            chloe.visit(topic.topicPath());
            bruno.visit(topic.topicPath());
            bruno.driver().executeScript("window.scrollTo(0, 0); window.samePage = true;");
            assertTrue(bruno.find(".live-bar").getAttribute("hidden") != null, "nothing new yet");

            amina.type("raw", "J'apporte les chaises.").click(".reply-box button[value=publish]");

            new WebDriverWait(bruno.driver(), Duration.ofSeconds(10))
                    .until(d -> d.findElement(By.cssSelector(".live-bar")).isDisplayed());
            assertEquals("1 nouveau message : l’afficher", bruno.text(".live-bar button"));
            bruno.driver().findElement(By.cssSelector(".live-bar button")).click();
            assertEquals("J'apporte les chaises.", bruno.text("#p2 .cooked"));
            assertEquals(Boolean.TRUE, bruno.driver().executeScript("return window.samePage === true"), "no reload");
            assertEquals(0L, bruno.driver().executeScript("return window.scrollY"), "the reader's place is kept");
            assertEquals(List.of(), bruno.consoleErrors());

            // Without JavaScript the page is the page: no bar, no stream, the reply there after a reload.
            assertTrue(chloe.findAll("#p2").isEmpty());
            assertTrue(chloe.requests().stream()
                    .noneMatch(request -> request.getPath().startsWith("/live/")));
            chloe.visit(topic.topicPath());
            assertEquals("J'apporte les chaises.", chloe.text("#p2 .cooked"));
            chloe.type("raw", "Et moi les verres.").click(".reply-box button[value=publish]");
            assertEquals("Et moi les verres.", chloe.text("#p3 .cooked"));
            new WebDriverWait(bruno.driver(), Duration.ofSeconds(10))
                    .until(d -> d.findElement(By.cssSelector(".live-bar")).isDisplayed());
            assertEquals(List.of(), bruno.requestsToOtherOrigins());
        }
    }

    private Browser signedIn(String username, JavaScript javaScript) {
        Browser browser = Browser.open(base, javaScript, "fr");
        browser.visit("/signin")
                .type("login", username)
                .type("password", Members.PASSWORD)
                .click("main form button[type=submit]");
        return browser;
    }
}
