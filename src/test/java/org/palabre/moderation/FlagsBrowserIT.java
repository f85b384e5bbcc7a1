package org.palabre.moderation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.URL;
import java.util.Map;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.palabre.testing.Administrator;
import org.palabre.testing.Browser;
import org.palabre.testing.Browser.JavaScript;
import org.palabre.testing.Forum;
import org.palabre.testing.Forum.Place;
import org.palabre.testing.Members;
import org.palabre.testing.WebClient;

/** Flagging and reviewing with JavaScript off: three flags hide a post, a moderator shows it again from the queue. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class FlagsBrowserIT {

    @ArquillianResource
    URL base;

    @Test
    void threeMembersFlagAPostItHidesAndAModeratorRestoresItFromTheQueue() throws Exception {
        URI uri = base.toURI();
        Forum.publicCategory(uri, "kes-navigateur");
        WebClient author = Members.joined(uri, "KesNavAuteur", "kesnavauteur@kes.test");
        Place topic = Forum.topic(
                author, "kes-navigateur", "Sujet signalé au navigateur", "Un texte kesnavtexte qui dérange.");
        long post = Forum.postId(author, topic);
        for (String name : new String[] {"KesNavDeux", "KesNavTrois"}) {
            WebClient witness = Members.joined(uri, name, name.toLowerCase() + "@kes.test");
            assertEquals(
                    303,
                    witness.submit(
                                    "/p/" + post + "/flag",
                                    "/p/" + post + "/flag",
                                    Map.of("reason", "SPAM", "message", ""))
                            .statusCode());
        }
        Members.joined(uri, "KesNavUn", "kesnavun@kes.test");
        Members.joined(uri, "KesNavModo", "kesnavmodo@kes.test");
        assertEquals(
                200,
                Forum.json(Administrator.signedIn(uri), "PUT", "/api/users/KesNavModo/role", "{\"role\":\"MODERATOR\"}")
                        .statusCode());

        try (Browser member = Browser.open(base, JavaScript.OFF, "fr")) {
            signIn(member, "KesNavUn");
            member.visit(topic.topicPath());
            assertTrue(member.text("#p1 .cooked").contains("kesnavtexte"));
            member.click("#p1 .post-actions a.flag");
            assertEquals("/p/" + post + "/flag", member.path());
            member.find("input[value=INAPPROPRIATE]").click(); // a radio loads no page
            member.click("main form button[type=submit]");
            assertEquals(topic.topicPath(), member.path());
            assertEquals(
                    "Ce message est masqué en attendant l’examen des modérateurs.", member.text("#p1 .hidden-notice"));
            assertTrue(member.findAll("#p1 .cooked").isEmpty(), "its content is gone for members");

            try (Browser moderator = Browser.open(base, JavaScript.OFF, "fr")) {
                signIn(moderator, "KesNavModo");
                moderator.visit("/review");
                assertTrue(moderator.text("#review-" + post).contains("KesNavUn"));
                moderator.type("reason-" + post, "kes fausse alerte");
                moderator.click("#review-" + post + " button[value=disagree]");
                assertEquals("/review", moderator.path());
                assertFalse(
                        moderator.driver().getPageSource().contains("review-" + post + "\""),
                        "the post left the queue");
            }

            member.visit(topic.topicPath());
            assertTrue(member.text("#p1 .cooked").contains("kesnavtexte"), "members read it again");
            assertTrue(member.findAll("#p1 .hidden-notice").isEmpty());
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
