package org.palabre.moderation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.URL;
import java.util.List;
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
import org.palabre.testing.Inbox;
import org.palabre.testing.Members;
import org.palabre.testing.OutboxRows;
import org.palabre.testing.WebClient;

/**
 * With approval on for accounts without an approved post, a new member's first reply waits: its author sees
 * it as pending, nobody else sees it or hears of it, until a moderator approves it from the queue. JavaScript off.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ApprovalBrowserIT {

    private static final String HELD = "mqattente Bonjour, je propose de tenir la cantine dimanche.";

    @ArquillianResource
    URL base;

    @Test
    void aNewMembersFirstPostWaitsUnseenAndUntoldUntilAModeratorApprovesIt() throws Exception {
        URI uri = base.toURI();
        WebClient admin = Administrator.signedIn(uri);
        Forum.publicCategory(uri, "mq-approbation");
        WebClient ugo = Members.joined(uri, "Mq-Ugo", "mq-ugo@moderation.test");
        WebClient vera = Members.joined(uri, "Mq-Vera", "mq-vera@moderation.test");
        Forum.Place topic = Forum.topic(ugo, "mq-approbation", "Cantine solidaire du dimanche", "Qui peut aider ?");
        WebClient wil = Members.joined(uri, "Mq-Wil", "mq-wil@moderation.test");
        assertEquals(0, Inbox.notifications(ugo).size());

        approvalForAccountsWithFewerApprovedPostsThan(admin, 1);
        try {
            try (Browser author = Browser.open(base, JavaScript.OFF, "fr")) {
                author.visit("/signin")
                        .type("login", "Mq-Wil")
                        .type("password", Members.PASSWORD)
                        .click("main form button[type=submit]");
                author.visit(topic.topicPath())
                        .type("raw", HELD)
                        .click(".reply-box button[name=intent][value=publish]");
                assertTrue(author.path().startsWith(topic.topicPath()), author.path());
                assertEquals(
                        "En attente d’approbation : seuls vous et les modérateurs voyez ce message jusqu’à ce qu’un modérateur l’approuve.",
                        author.text("#p2 .pending-notice"));
                assertTrue(author.text("#p2 .cooked").contains("mqattente"));
            }
            long postId = Forum.postId(wil, new Forum.Place(topic.slug(), topic.id(), 2));

            WebClient visitor = new WebClient(uri);
            for (WebClient other : List.of(vera, visitor)) {
                assertFalse(
                        other.get(topic.topicPath()).body().contains("mqattente"), "nobody else sees it on the page");
                assertFalse(
                        Forum.json(other, "GET", "/api/topics/" + topic.id(), null)
                                .body()
                                .contains("mqattente"),
                        "nor in the JSON");
                assertFalse(other.get("/u/Mq-Wil").body().contains("mqattente"), "nor on the profile");
                assertFalse(other.get(topic.topicPath()).body().contains("id=\"p2\""), "nor in its place");
            }
            assertEquals(
                    404, Forum.json(vera, "GET", "/api/posts/" + postId, null).statusCode());
            assertTrue(
                    Forum.json(visitor, "GET", "/api/categories/mq-approbation", null)
                            .body()
                            .contains("\"replies\":0"),
                    "nor in counts");
            // Watchers are told only through a queued fan-out, and mails only through outbox rows: with neither, none
            // can come.
            assertEquals(
                    "0",
                    visitor.get("/test-support/fanout/" + postId + "/queued").body(),
                    "nothing queued for the watchers");
            assertEquals(0, Inbox.notifications(ugo).size(), "the watcher was not told");
            assertEquals("", OutboxRows.aboutPost(uri, postId, "").strip(), "and no mail waits to leave");

            try (Browser moderator = Browser.open(base, JavaScript.OFF, "fr")) {
                moderator
                        .visit("/signin")
                        .type("login", Administrator.USERNAME)
                        .type("password", Administrator.PASSWORD)
                        .click("main form button[type=submit]");
                moderator.visit("/review/approvals");
                assertTrue(moderator.text("#held-" + postId + " .held-content").contains("mqattente"));
                assertTrue(
                        moderator.text("#held-" + postId + " .author-history").contains("Mq-Wil"));
                moderator.click("#held-" + postId + " form[action$='/approve'] button");
                assertEquals("/review/approvals", moderator.path());
                assertTrue(moderator.findAll("#held-" + postId).isEmpty(), "off the queue");
            }

            assertTrue(vera.get(topic.topicPath()).body().contains("mqattente"), "published for everyone");
            assertTrue(visitor.get(topic.topicPath()).body().contains("mqattente"));
            List<String> told = Inbox.eventually(ugo, 1);
            assertTrue(told.get(0).contains("Mq-Wil"), told.toString());
            ModerationCalls.assertLogged(admin, "POST_APPROVED", postId);
        } finally {
            approvalForAccountsWithFewerApprovedPostsThan(admin, 0);
        }
    }

    private static void approvalForAccountsWithFewerApprovedPostsThan(WebClient admin, int posts) {
        assertEquals(
                303,
                admin.submit(
                                "/admin/settings",
                                "/admin/settings/moderation",
                                Map.of(
                                        "approvalYoungerThanDays",
                                        "0",
                                        "approvalFewerPostsThan",
                                        String.valueOf(posts),
                                        "trustFewerPostsThan",
                                        "0"))
                        .statusCode());
    }
}
