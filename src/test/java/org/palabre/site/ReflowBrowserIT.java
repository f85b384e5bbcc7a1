package org.palabre.site;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URI;
import java.net.URL;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.WebElement;
import org.palabre.testing.Administrator;
import org.palabre.testing.Browser;
import org.palabre.testing.Browser.JavaScript;
import org.palabre.testing.Forum;
import org.palabre.testing.Forum.Place;
import org.palabre.testing.Members;
import org.palabre.testing.WebClient;

/**
 * WCAG 1.4.10 (reflow): every kind of page, as a visitor, a member, a moderator and an administrator, at the
 * width of a small phone (320 CSS pixels) and a common one (375), never scrolls sideways. Wide tables may scroll
 * inside their own box and long words wrap; the page itself must fit. The forum holds what widens pages: a long
 * title and category name, a long word and URL, a wide table and code, a deep reply thread, a deleted and a
 * flagged post, mail with long links. The same visits check that every time is written by the server in the
 * reader's zone and language (a member's chosen zone, the site's for visitors), with JavaScript on or off,
 * whatever the browser's own zone.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ReflowBrowserIT {

    private static final String LONG_WORD = "Anticonstitutionnellementinternationalisationdesrevendicationscollectives";
    private static final String LONG_URL =
            "https://exemple.org/" + "chemin-sans-fin/".repeat(12) + "?q=" + "x".repeat(60);

    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    @ArquillianResource
    URL base;

    @Test
    void noPageScrollsSidewaysAt320Or375PixelsAndEveryTimeIsInTheReadersZone() throws Exception {
        URI uri = base.toURI();
        Forum.category(uri, "reflow", "EVERYONE", "", "MEMBERS", "");
        WebClient member = aged(uri, "ReflowMembre");
        aged(uri, "ReflowTemoin");
        WebClient moderator = aged(uri, "ReflowModo");
        WebClient admin = Administrator.signedIn(uri);
        assertEquals(
                200,
                Forum.json(admin, "PUT", "/api/users/ReflowModo/role", "{\"role\":\"MODERATOR\"}")
                        .statusCode());
        moderator = Members.signedIn(uri, "ReflowModo", Members.PASSWORD);

        String wide = "Un message avec " + LONG_WORD + " et un lien " + LONG_URL + "\n\n"
                + "| colonne une | colonne deux | colonne trois | colonne quatre | colonne cinq | colonne six |\n"
                + "|---|---|---|---|---|---|\n"
                + "| " + "valeur assez longue | ".repeat(6) + "\n\n"
                + "```\n" + "une_ligne_de_code_tres_longue(".repeat(8) + ")\n```\n";
        Place topic = Forum.topic(member, "reflow", "Un titre de sujet avec " + LONG_WORD, wide);
        Place reply = topic;
        WebClient[] authors = {member, moderator, admin};
        for (int depth = 0; depth < 7; depth++) {
            reply = replied(authors[depth % 3], topic, reply.number(), "Profondeur " + depth + " " + LONG_WORD);
        }
        Place deleted = replied(member, topic, null, "Un message que la modération retire. " + LONG_URL);
        long deletedId = Forum.postId(member, deleted);
        assertEquals(
                303,
                moderator
                        .submit(
                                topic.topicPath(),
                                "/moderation/posts/" + deletedId + "/delete",
                                Map.of("reason", LONG_WORD))
                        .statusCode());
        long firstId = Forum.postId(member, topic);
        WebClient witness = Members.signedIn(uri, "ReflowTemoin", Members.PASSWORD);
        assertEquals(
                201,
                Forum.json(
                                witness,
                                "POST",
                                "/api/posts/" + firstId + "/flags",
                                "{\"reason\":\"SPAM\",\"message\":\"" + LONG_WORD + "\"}")
                        .statusCode());

        Map<String, List<String>> pagesByRole = new LinkedHashMap<>();
        List<String> everyone = List.of(
                "/",
                "/categories",
                "/c/reflow",
                topic.topicPath(),
                topic.topicPath() + "?view=tree",
                topic.topicPath() + "/" + reply.number(),
                "/p/" + firstId + "/history",
                "/u/ReflowMembre",
                "/c/reflow/moderation-log",
                "/no-such-page");
        List<String> visitor = new ArrayList<>(everyone);
        visitor.addAll(List.of("/signin", "/signup", "/password/reset"));
        List<String> members = new ArrayList<>(everyone);
        members.addAll(List.of(
                topic.topicPath() + "/reply?to=1",
                "/new-topic",
                "/p/" + firstId + "/edit",
                "/p/" + deletedId + "/flag",
                "/groups",
                "/notifications",
                "/preferences",
                "/preferences/mail"));
        List<String> moderators = new ArrayList<>(members);
        moderators.addAll(List.of(
                "/review",
                "/review/approvals",
                "/admin/log",
                "/invites",
                "/moderation/members/ReflowMembre",
                "/moderation/requests",
                "/moderation/topics/" + topic.id() + "/split"));
        List<String> admins = new ArrayList<>(moderators);
        admins.addAll(List.of(
                "/admin/mail",
                "/admin/mail?status=CANCELLED",
                "/admin/mail/stored",
                "/u/admin",
                "/admin/settings",
                "/admin/watched-words",
                "/admin/categories",
                "/admin/categories/reflow"));
        pagesByRole.put("visitor", visitor);
        pagesByRole.put("ReflowMembre", members);
        pagesByRole.put("ReflowModo", moderators);
        pagesByRole.put(Administrator.USERNAME, admins);

        // The member reads times on the other side of the world from their browser (set to Los Angeles below).
        assertEquals(
                303,
                member.submit(
                                "/preferences",
                                "/preferences",
                                Map.of("language", "fr", "timeZone", "Pacific/Kiritimati"))
                        .statusCode());
        Map<String, ZoneId> zones = Map.of(
                "visitor",
                PARIS,
                "ReflowMembre",
                ZoneId.of("Pacific/Kiritimati"),
                "ReflowModo",
                PARIS,
                Administrator.USERNAME,
                PARIS);

        List<String> overflowing = new ArrayList<>();
        List<String> wrongTimes = new ArrayList<>();
        for (var role : pagesByRole.entrySet()) {
            // A small phone with JavaScript, a common one without: the layout and the times must hold in both.
            for (int width : new int[] {320, 375}) {
                try (Browser browser = Browser.open(base, width == 320 ? JavaScript.ON : JavaScript.OFF, "fr")) {
                    browser.driver()
                            .executeCdpCommand(
                                    "Emulation.setTimezoneOverride", Map.of("timezoneId", "America/Los_Angeles"));
                    if (!role.getKey().equals("visitor")) {
                        signIn(browser, role.getKey());
                    }
                    narrow(browser, width);
                    for (String path : role.getValue()) {
                        browser.visit(path);
                        String where = role.getKey() + " " + width + "px " + path + ": ";
                        String overflow = overflow(browser, width);
                        if (overflow != null) {
                            overflowing.add(where + overflow);
                        }
                        wrongTimes.addAll(wrongTimes(browser, zones.get(role.getKey()), where));
                    }
                }
            }
        }
        assertEquals(
                303,
                moderator
                        .submit(
                                topic.topicPath(),
                                "/moderation/topics/" + topic.id() + "/pin",
                                Map.of("scope", "CATEGORY", "reason", ""))
                        .statusCode());
        List<String> looks = new ArrayList<>();
        try (Browser browser = Browser.open(base, JavaScript.OFF, "fr")) {
            signIn(browser, "ReflowModo");
            browser.visit(topic.topicPath());
            WebElement heading = browser.find(".topic-heading");
            WebElement pinned = browser.find(".topic-heading .badge.pinned");
            if (pinned.getRect().getWidth() > heading.getRect().getWidth() / 3) {
                looks.add("the pinned badge is a bar " + pinned.getRect().getWidth() + " px wide, not an inline badge");
            }
            WebElement ordinary = browser.find("#p2");
            WebElement removed = browser.find("#p" + deleted.number());
            if ((ordinary.getCssValue("border-left-color") + ordinary.getCssValue("background-color"))
                    .equals(removed.getCssValue("border-left-color") + removed.getCssValue("background-color"))) {
                looks.add("a deleted post looks like an ordinary one");
            }
            if (browser.text("#p" + deleted.number() + " .deleted-notice").isBlank()) {
                looks.add("a deleted post does not say so");
            }
        }
        assertAll(
                () -> assertEquals(List.of(), overflowing, "pages wider than the screen"),
                () -> assertEquals(
                        List.of(), wrongTimes, "times not written for the reader, in their zone and language"),
                () -> assertEquals(List.of(), looks, "states that do not show"));
    }

    /**
     * Every time element shows its moment in the reader's zone and language, as the server writes it (the
     * script may replace a recent one by "il y a 5 minutes", keeping the server's text as its title).
     */
    private static List<String> wrongTimes(Browser browser, ZoneId zone, String where) {
        Locale language = Locale.forLanguageTag(browser.find("html").getAttribute("lang"));
        DateTimeFormatter moment = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(language)
                .withZone(zone);
        DateTimeFormatter day = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG)
                .withLocale(language)
                .withZone(zone);
        List<String> wrong = new ArrayList<>();
        for (WebElement time : browser.findAll("time")) {
            String datetime = time.getDomAttribute("datetime");
            String title = time.getDomAttribute("title");
            String shown = title != null && !title.isEmpty() ? title : time.getText();
            if (datetime == null) {
                wrong.add(where + "a time element without datetime: " + shown);
                continue;
            }
            Instant instant = Instant.parse(datetime);
            if (!shown.equals(moment.format(instant)) && !shown.equals(day.format(instant))) {
                wrong.add(where + datetime + " shown as \"" + shown + "\", not \"" + moment.format(instant) + "\"");
            }
        }
        return wrong;
    }

    /** A reply, sent again after the wait when the author posted too fast for the rate limit. */
    private static Place replied(WebClient author, Place topic, Integer replyTo, String raw) throws Exception {
        Map<String, String> fields = new java.util.HashMap<>(Map.of("raw", raw, "intent", "publish"));
        if (replyTo != null) {
            fields.put("replyTo", String.valueOf(replyTo));
        }
        for (int attempt = 0; ; attempt++) {
            var sent = author.submit(topic.topicPath() + "/reply", topic.topicPath() + "/reply", fields);
            if (sent.statusCode() != 429 || attempt == 3) {
                return Forum.placeOf(sent);
            }
            Thread.sleep(5_500);
        }
    }

    private static WebClient aged(URI uri, String username) {
        Members.joined(uri, username, username.toLowerCase() + "@reflow.test");
        new WebClient(uri).get("/test-support/age/" + username);
        return Members.signedIn(uri, username, Members.PASSWORD);
    }

    private static void signIn(Browser browser, String login) {
        browser.visit("/signin")
                .type("login", login)
                .type("password", login.equals(Administrator.USERNAME) ? Administrator.PASSWORD : Members.PASSWORD)
                .click("main form button[type=submit]");
        assertEquals(login, browser.text(".account-bar .signed-in-as"));
    }

    /** A phone's screen: the layout viewport follows the page's meta viewport, as on a real phone. */
    private static void narrow(Browser browser, int width) {
        browser.driver()
                .executeCdpCommand(
                        "Emulation.setDeviceMetricsOverride",
                        Map.of("width", width, "height", 740, "deviceScaleFactor", 1, "mobile", true));
    }

    /** Null when the page fits; otherwise its width and the outermost elements that stick out. */
    private static String overflow(Browser browser, int width) {
        Object found = browser.driver().executeScript("""
                        // A phone widens its layout viewport to content that does not fit: measure against the screen.
                        var viewport = arguments[0];
                        var scrolled = Math.max(document.documentElement.scrollWidth, window.innerWidth);
                        if (scrolled <= viewport) { return null; }
                        var culprits = [];
                        document.querySelectorAll('body *').forEach(function (e) {
                          var box = e.getBoundingClientRect();
                          if (box.right > viewport + 0.5 && !(e.parentElement
                              && e.parentElement.getBoundingClientRect().right > viewport + 0.5)) {
                            culprits.push(e.tagName.toLowerCase() + (e.className ? '.' + String(e.className)
                                .trim().split(/\\s+/).join('.') : '') + ' ' + Math.round(box.right));
                          }
                        });
                        return scrolled + 'px wide; ' + culprits.slice(0, 6).join(', ');
                        """, width);
        return found == null ? null : found.toString();
    }
}
