package org.palabre.uploads;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.palabre.testing.Administrator;
import org.palabre.testing.Browser;
import org.palabre.testing.Browser.JavaScript;
import org.palabre.testing.Forum;
import org.palabre.uploads.control.SampleFiles;

/** A photo and a leaflet in a post, on a phone's width, attached with and without JavaScript. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class UploadsBrowserIT {

    @ArquillianResource
    URL base;

    @Test
    void aPhotoAndALeafletAttachedWithoutJavaScriptShowInThePostOnAPhone() throws Exception {
        URI uri = base.toURI();
        Forum.sharedPublicCategory(uri, "up-navigateur");
        Administrator.ensureExists(uri);
        Path photo = Files.createTempFile("affiche", ".jpg");
        Path leaflet = Files.createTempFile("tract", ".pdf");
        Files.write(photo, SampleFiles.photo(1200, 900, 1));
        Files.write(leaflet, SampleFiles.leaflet("Camille Martin"));
        try (Browser browser = Browser.open(base, JavaScript.OFF, "fr")) {
            signIn(browser);
            narrow(browser, 375);
            browser.visit("/new-topic?category=up-navigateur")
                    .type("title", "Rassemblement samedi")
                    .type("raw", "Affiche et tract :");
            browser.find("#file").sendKeys(photo.toString());
            browser.click("button[value=upload]");
            assertTrue(browser.text("#upload-note").contains("réencodée"), browser.text("#upload-note"));
            browser.find("#file").sendKeys(leaflet.toString());
            browser.click("button[value=upload]");
            assertTrue(browser.text("#upload-note").contains("Camille Martin"), "the PDF's author is shown");
            String raw = browser.find("#raw").getAttribute("value");
            assertTrue(raw.startsWith("Affiche et tract :"), raw);
            assertTrue(raw.contains(".jpg)") && raw.contains(".pdf ("), raw);
            assertEquals("Rassemblement samedi", browser.find("#title").getAttribute("value"));

            browser.click("button[value=publish]");
            assertTrue(browser.path().startsWith("/t/"), browser.path());
            Object loaded = new WebDriverWait(browser.driver(), Duration.ofSeconds(10))
                    .until(
                            d -> browser.driver()
                                    .executeScript(
                                            "var i = document.querySelector('.cooked img');"
                                                    + " return i && i.complete && i.naturalWidth > 0 ? i.getBoundingClientRect().right : null;"));
            assertTrue(((Number) loaded).doubleValue() <= 375, "the photo fits the phone: " + loaded);
            assertTrue(browser.find(".cooked a[href$='.pdf']").getText().contains("KB")
                    || browser.find(".cooked a[href$='.pdf']").getText().contains(" B)"));
            Object width = browser.driver()
                    .executeScript("return Math.max(document.documentElement.scrollWidth, window.innerWidth);");
            assertTrue(((Number) width).intValue() <= 375, "no sideways scrolling: " + width);
            assertTrue(
                    browser.requestsToOtherOrigins().isEmpty(),
                    browser.requestsToOtherOrigins().toString());
        }
    }

    @Test
    void withJavaScriptAChosenFileIsSentAtOnceAndItsMarkdownAddedToTheText() throws Exception {
        URI uri = base.toURI();
        Forum.sharedPublicCategory(uri, "up-navigateur");
        Administrator.ensureExists(uri);
        Path photo = Files.createTempFile("banderole", ".png");
        Files.write(photo, SampleFiles.photo(300, 200, 1));
        try (Browser browser = Browser.open(base, JavaScript.ON, "fr")) {
            signIn(browser);
            narrow(browser, 375);
            browser.visit("/new-topic?category=up-navigateur").type("raw", "La banderole :");
            browser.find("#file").sendKeys(photo.toString());
            String raw = new WebDriverWait(browser.driver(), Duration.ofSeconds(20)).until(d -> {
                String value = browser.find("#raw").getAttribute("value");
                return value.contains("/uploads/") ? value : null;
            });
            assertTrue(raw.startsWith("La banderole :"), raw);
            assertTrue(browser.text("#upload-progress").contains("réencodée"), browser.text("#upload-progress"));
            assertEquals("/new-topic", browser.path(), "no page round trip");
        }
    }

    private static void signIn(Browser browser) {
        browser.visit("/signin")
                .type("login", Administrator.USERNAME)
                .type("password", Administrator.PASSWORD)
                .click("main form button[type=submit]");
    }

    private static void narrow(Browser browser, int width) {
        browser.driver()
                .executeCdpCommand(
                        "Emulation.setDeviceMetricsOverride",
                        Map.of("width", width, "height", 740, "deviceScaleFactor", 1, "mobile", true));
    }
}
