package org.palabre.mentions;

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
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.palabre.testing.Browser;
import org.palabre.testing.Browser.JavaScript;
import org.palabre.testing.Forum;
import org.palabre.testing.Members;

/** Typing @ and the start of a name in the reply box offers the names that fit; picking one writes it in. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class MentionCompletionBrowserIT {

    @ArquillianResource
    URL base;

    @Test
    void aMemberTypesTheStartOfANameAndPicksItFromTheList() throws Exception {
        URI uri = base.toURI();
        Forum.publicCategory(uri, "completion-mc");
        Forum.Place topic = Forum.topic(
                Members.joined(uri, "Completeuse-mc", "completeuse.mc@collectif.test"),
                "completion-mc",
                "Qui vient au pique-nique ?",
                "Dites-le ici.");
        Members.joined(uri, "Zephyrine-mc", "zephyrine.mc@collectif.test");
        Members.joined(uri, "Zephyrin-mc", "zephyrin.mc@collectif.test");

        try (Browser browser = Browser.open(base, JavaScript.ON, "fr")) {
            browser.visit("/signin")
                    .type("login", "Completeuse-mc")
                    .type("password", Members.PASSWORD)
                    .click("main form button[type=submit]");
            browser.visit(topic.topicPath());
            WebElement raw = browser.find("#raw");
            raw.sendKeys("Moi, et @zeph");
            List<String> offered = waitForOptions(browser, 2);
            assertEquals(List.of("@Zephyrin-mc", "@Zephyrine-mc"), offered);
            assertEquals(
                    "true",
                    browser.find("[role=listbox] [role=option]").getDomAttribute("aria-selected"),
                    "the first is chosen");

            raw.sendKeys(Keys.ARROW_DOWN, Keys.ENTER);
            assertEquals(
                    "Moi, et @Zephyrine-mc ",
                    raw.getDomProperty("value"),
                    "Enter writes the chosen name, not a new line");
            assertTrue(browser.find("[role=listbox]").getDomAttribute("hidden") != null, "and closes the list");

            raw.sendKeys("et @zeph");
            waitForOptions(browser, 2);
            raw.sendKeys(Keys.ESCAPE);
            assertTrue(browser.find("[role=listbox]").getDomAttribute("hidden") != null, "Escape closes the list");
            raw.sendKeys("yrin-");
            waitForOptions(browser, 1);
            browser.find("[role=listbox] [role=option]").click();
            assertEquals(
                    "Moi, et @Zephyrine-mc et @Zephyrin-mc ", raw.getDomProperty("value"), "a click writes it too");

            browser.click("button[value=publish]");
            assertTrue(
                    browser.text("main .posts").contains("Moi, et @Zephyrine-mc et @Zephyrin-mc"),
                    browser.text("main .posts"));
            assertEquals(List.of(), browser.consoleErrors(), "nothing blocked by the content security policy");
        }
    }

    private static List<String> waitForOptions(Browser browser, int count) {
        return new WebDriverWait(browser.driver(), Duration.ofSeconds(10))
                .withMessage("the list of names never showed " + count)
                .until(d -> {
                    if (browser.find("[role=listbox]").getDomAttribute("hidden") != null) {
                        return null;
                    }
                    List<String> names = browser.findAll("[role=listbox] [role=option] .name").stream()
                            .map(WebElement::getText)
                            .toList();
                    return names.size() == count ? names : null;
                });
    }
}
