package org.palabre.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.util.List;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.openqa.selenium.WebElement;
import org.palabre.testing.Browser;
import org.palabre.testing.Browser.JavaScript;

/** The home page in a real browser, with and without JavaScript: what a reader sees and what it loads. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class HomePageBrowserIT {

    private static final String UNSTYLED_LINK_BLUE = "rgba(0, 0, 238, 1)";

    @ArquillianResource
    URL base;

    @ParameterizedTest(name = "JavaScript {0}, a browser in {1}")
    @CsvSource({
        "OFF, fr, Bienvenue sur Palabre",
        "OFF, en, Welcome to Palabre",
        "ON,  fr, Bienvenue sur Palabre",
        "ON,  en, Welcome to Palabre"
    })
    void theHomePageGreetsTheReaderInTheBrowsersLanguageStyledAndWithNothingFromOtherSites(
            JavaScript javaScript, String language, String greeting) {
        try (Browser browser = Browser.open(base, javaScript, language).visit("/")) {
            assertEquals(greeting, browser.text("main h1"));
            assertEquals(language, browser.find("html").getAttribute("lang"));

            WebElement brand = browser.find(".site-header .brand");
            assertEquals(
                    "flex", browser.find(".site-header").getCssValue("display"), "the stylesheet lays out the header");
            assertEquals("none", brand.getCssValue("text-decoration-line"), "the site name is styled, not a bare link");
            assertNotEquals(UNSTYLED_LINK_BLUE, brand.getCssValue("color"), "the site name has the site's colour");

            assertEquals(List.of(), browser.requestsToOtherOrigins(), "every request stays on this site");
            assertEquals(List.of(), browser.consoleErrors(), "the console shows no error");
        }
    }

    @ParameterizedTest(name = "JavaScript {0}")
    @EnumSource(JavaScript.class)
    void theLanguageButtonSwitchesTheSiteToEnglishAndBackAndTheChoiceSticks(JavaScript javaScript) {
        try (Browser browser = Browser.open(base, javaScript, "fr").visit("/")) {
            assertEquals("English", browser.text(".language-switch button"));
            browser.click(".language-switch button");
            assertEquals("/", browser.path(), "the reader stays on the page they were reading");
            assertEquals("Welcome to Palabre", browser.text("main h1"));
            assertEquals("en", browser.find("html").getAttribute("lang"));

            browser.visit("/signin");
            assertEquals("Sign in", browser.text("main h1"), "the choice outlives the page, over the browser's French");
            browser.click(".language-switch button");
            assertEquals("/signin", browser.path());
            assertEquals("Connexion", browser.text("main h1"));
            assertEquals("English", browser.text(".language-switch button"));
        }
    }

    @Test
    void theSiteScriptRunsWithinTheSecurityPolicyWhileAnInjectedInlineScriptIsBlocked() {
        try (Browser browser = Browser.open(base, JavaScript.ON, "fr").visit("/")) {
            assertEquals(200, browser.responseStatus("/js/palabre.js"));
            assertEquals(
                    List.of(), browser.consoleErrors(), "palabre.js loads and runs without error or policy violation");

            browser.driver()
                    .executeScript("var script = document.createElement('script');"
                            + "script.textContent = 'document.body.dataset.injected = \"ran\"';"
                            + "document.body.appendChild(script);");
            assertNull(
                    browser.find("body").getDomAttribute("data-injected"),
                    "an inline script slipped into a page does not run");
            assertTrue(
                    browser.consoleErrors().stream().anyMatch(error -> error.contains("Content Security Policy")),
                    "the browser reports the blocked script: " + browser.consoleErrors());
        }
    }
}
