package org.palabre.posts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.URL;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.palabre.markdown.control.HostileMarkdown;
import org.palabre.markdown.control.HostileMarkdown.Payload;
import org.palabre.testing.Browser;
import org.palabre.testing.Browser.JavaScript;
import org.palabre.testing.Forum;
import org.palabre.testing.Members;
import org.palabre.testing.WebClient;

/**
 * Hostile markdown as readers' browsers get it: each payload of {@link HostileMarkdown} posted, then shown in
 * Chromium on the topic page and in both previews. Nothing may run (the payloads would set window.__pwned), no
 * request may leave for another site, and the console shows no blocked script or load (which would mean the
 * page carried one and only the Content-Security-Policy stopped it).
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class HostileMarkdownBrowserIT {

    private static final List<Payload> CATALOGUE = HostileMarkdown.catalogue();

    /*
     * Run in the page: what in the cooked posts could run script or fetch, as the browser itself parsed it
     * (elements, attributes, and each link resolved the way following it would). Also, over the whole page,
     * any event attribute, or script, frame or resource from elsewhere, in case markup escaped the post.
     */
    private static final String FIND_DANGER = """
            const allowedElements = new Set(["p", "br", "hr", "blockquote", "pre", "code", "em", "strong", "del", "ul",
                "ol", "li", "h1", "h2", "h3", "h4", "h5", "h6", "table", "thead", "tbody", "tr", "th", "td", "a", "input"]);
            const allowedAttributes = new Set(["href", "title", "rel", "class", "start", "align", "type", "checked", "disabled"]);
            const problems = [];
            document.querySelectorAll(arguments[0]).forEach((cooked, index) => cooked.querySelectorAll("*").forEach(element => {
              const where = "post " + index + ": <" + element.localName + "> ";
              if (!allowedElements.has(element.localName)) problems.push(where + "is not allowed");
              for (const attribute of element.attributes) {
                if (!allowedAttributes.has(attribute.name)) problems.push(where + "has " + attribute.name + "=" + attribute.value);
              }
              if (element.localName === "input" && !(element.type === "checkbox" && element.disabled)) {
                problems.push(where + "is a live field");
              }
              if (element.localName === "a" && element.hasAttribute("href")) {
                let url;
                try { url = new URL(element.getAttribute("href"), document.baseURI); } catch (e) { return; }
                if (!["http:", "https:", "mailto:"].includes(url.protocol)) problems.push(where + "leads to " + url.href);
                if (url.protocol !== "mailto:" && url.origin !== location.origin && element.rel !== "nofollow ugc noopener") {
                  problems.push(where + "leads elsewhere unmarked: " + url.href);
                }
              }
            }));
            document.querySelectorAll("*").forEach(element => {
              for (const attribute of element.attributes) {
                if (attribute.name.startsWith("on")) problems.push("page: <" + element.localName + "> has " + attribute.name);
              }
            });
            document.querySelectorAll("script, iframe, frame, object, embed, base, img, video, audio, source, link, meta[http-equiv]")
              .forEach(element => {
                const address = element.src || element.href || element.data || element.content || "";
                const local = element.localName === "meta" ? false
                  : address !== "" && new URL(address, document.baseURI).origin === location.origin;
                if (!local) problems.push("page: <" + element.localName + "> " + address);
              });
            return problems;
            """;

    @ArquillianResource
    URL base;

    @Test
    void hostilePostsReachTheReaderAsTextAndInertLinksWithNothingRunAndNothingFetchedFromElsewhere() throws Exception {
        URI uri = base.toURI();
        WebClient mallory = Members.joined(uri, "Mallory", "mallory@hostile.test");
        String category = ForumCalls.publicCategory(uri, "hostile-posts");
        Forum.Place topic = ForumCalls.startTopic(
                mallory,
                category,
                "Du markdown hostile, une charge par message",
                "Chaque réponse ci-dessous essaie de faire tourner un script ou de charger quelque chose d’ailleurs.");
        // A new member may post no image yet: those payloads come in by edit once a moderator trusts Mallory.
        java.util.Map<String, String> later = new java.util.LinkedHashMap<>();
        for (Payload payload : CATALOGUE) {
            boolean overNewLimits = overNewMemberLimits(payload.markdown());
            var replied = ForumCalls.reply(
                    mallory, topic.id(), overNewLimits ? "(à venir : " + payload.name() + ")" : payload.markdown());
            assertEquals(201, replied.statusCode(), payload.name());
            if (overNewLimits) {
                later.put(ForumCalls.field(replied.body(), "id", "[0-9]+"), payload.markdown());
            }
        }
        WebClient admin = org.palabre.testing.Administrator.signedIn(uri);
        assertEquals(
                303,
                admin.submit("/u/Mallory", "/moderation/members/Mallory/trust", java.util.Map.of("reason", "tests"))
                        .statusCode());
        later.forEach((id, markdown) -> assertEquals(
                200,
                org.palabre.testing.Forum.json(
                                mallory, "PUT", "/api/posts/" + id, "{\"raw\":" + ForumCalls.string(markdown) + "}")
                        .statusCode(),
                markdown));

        try (Browser reader = Browser.open(base, JavaScript.ON, "fr").visit(topic.topicPath() + "?size=200")) {
            assertEquals(CATALOGUE.size() + 1, reader.findAll(".post .cooked").size(), "every post is shown");
            assertNothingDangerous(reader, ".post .cooked");

            assertTrue(
                    cookedText(reader, "script element").contains("<script>window.__pwned=1</script>"),
                    "raw HTML is shown as the text it is, not dropped");
            assertEquals(
                    "poster",
                    reader.find("a.image-link[href='https://evil.example/a.png']")
                            .getText(),
                    "an image elsewhere is a link to it, labelled with its description");
        }
    }

    @Test
    void thePreviewPageWithoutJavaScriptShowsEachHostilePayloadInert() throws Exception {
        URI uri = base.toURI();
        WebClient trudy = Members.joined(uri, "Trudy", "trudy@hostile.test");
        String category = ForumCalls.publicCategory(uri, "hostile-previews");
        Forum.Place topic = ForumCalls.startTopic(
                trudy, category, "Aperçus hostiles, sans JavaScript", "On prévisualise sans publier.");
        int posts = ForumCalls.postCount(trudy, topic.id());

        try (Browser browser = signedIn(JavaScript.OFF, "trudy").visit(topic.topicPath() + "/reply")) {
            List<String> problems = new ArrayList<>();
            for (Payload payload : CATALOGUE) {
                browser.driver()
                        .executeScript("document.getElementById('raw').value = arguments[0];", payload.markdown());
                browser.click("main form button[name=intent][value=preview]");
                assertNull(
                        browser.find("#preview").getDomAttribute("hidden"), payload.name() + ": the preview is shown");
                dangerIn(browser, "#preview .cooked").forEach(problem -> problems.add(payload.name() + ": " + problem));
            }
            assertEquals(List.of(), problems);
            assertEquals(List.of(), browser.requestsToOtherOrigins(), "every request stays on this site");
            assertEquals(List.of(), browser.consoleErrors(), "the console shows no blocked script or load");
        }
        assertEquals(posts, ForumCalls.postCount(trudy, topic.id()), "previewing publishes nothing");
    }

    @Test
    void theLivePreviewWithJavaScriptShowsTheWholeCatalogueInert() throws Exception {
        URI uri = base.toURI();
        WebClient eve = Members.joined(uri, "Eve", "eve@hostile.test");
        String category = ForumCalls.publicCategory(uri, "hostile-live");
        Forum.Place topic = ForumCalls.startTopic(
                eve, category, "Aperçu en direct hostile", "L’aperçu en direct passe par l’API et innerHTML.");
        String everything = CATALOGUE.stream().map(Payload::markdown).collect(Collectors.joining("\n\n"));

        try (Browser browser = signedIn(JavaScript.ON, "eve").visit(topic.topicPath() + "/reply")) {
            browser.driver()
                    .executeScript(
                            "const raw = document.getElementById('raw'); raw.value = arguments[0];"
                                    + "raw.dispatchEvent(new Event('input'));",
                            everything);
            new WebDriverWait(browser.driver(), Duration.ofSeconds(10))
                    .withMessage("the live preview never showed")
                    .until(d -> browser.find("#preview").getDomAttribute("hidden") == null
                            && !browser.findAll("#preview .cooked > *").isEmpty());
            assertTrue(
                    browser.text("#preview .cooked").contains("<script>window.__pwned=1</script>"),
                    "raw HTML shows as text");
            assertNothingDangerous(browser, "#preview .cooked");
        }
    }

    private void assertNothingDangerous(Browser browser, String cookedSelector) {
        assertEquals(List.of(), dangerIn(browser, cookedSelector));
        assertNull(browser.driver().executeScript("return window." + HostileMarkdown.MARKER + ";"), "a payload ran");
        assertEquals(List.of(), browser.requestsToOtherOrigins(), "every request stays on this site");
        assertEquals(List.of(), browser.consoleErrors(), "the console shows no blocked script or load");
    }

    @SuppressWarnings("unchecked")
    private static List<String> dangerIn(Browser browser, String cookedSelector) {
        return (List<String>) browser.driver().executeScript(FIND_DANGER, cookedSelector);
    }

    /** The text of the post that carries this payload (post 1 opens the topic, the payloads follow in order). */
    private static boolean overNewMemberLimits(String markdown) {
        org.palabre.moderation.control.LinkCount count = org.palabre.moderation.control.LinkCount.of(markdown);
        return count.images() > 0 || count.links() > 2;
    }

    private static String cookedText(Browser browser, String payloadName) {
        int index = CATALOGUE.stream().map(Payload::name).toList().indexOf(payloadName);
        return browser.text("#p" + (index + 2) + " .cooked");
    }

    private Browser signedIn(JavaScript javaScript, String username) {
        Browser browser = Browser.open(base, javaScript, "fr").visit("/signin");
        browser.type("login", username).type("password", Members.PASSWORD).click("main form button[type=submit]");
        return browser;
    }
}
