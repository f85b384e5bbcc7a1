package org.palabre.notifications;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.palabre.testing.Forum.postId;
import static org.palabre.testing.Inbox.notifications;

import java.net.URI;
import java.net.URL;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.palabre.testing.Administrator;
import org.palabre.testing.Forum;
import org.palabre.testing.Members;
import org.palabre.testing.WebClient;

/** Mentions, quotes and replies tell the members concerned, and only them, on their notifications page. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class NotificationsHttpIT {

    @ArquillianResource
    URL base;

    private URI uri;

    @BeforeEach
    void setUp() throws Exception {
        uri = base.toURI();
        Forum.sharedPublicCategory(uri, "notifications-tests");
    }

    @Test
    void aMentionLinksToTheMemberAndNotifiesThemButNotInCodeNorForUnknownNames() {
        WebClient alix = Members.joined(uri, "Alix-n", "alix.n@collectif.test");
        WebClient bruno = Members.joined(uri, "Bruno-n", "bruno.n@collectif.test");
        HttpResponse<String> published = startTopic(
                alix,
                "notifications-tests",
                "Qui tracte samedi ?",
                "Salut @bruno-n, tu viens ? Pas `@Bruno-n` ici, ni @personne-n.");
        assertFalse(
                published.headers().firstValue("Location").orElseThrow().contains("unnotified"),
                "everyone mentioned was told");
        Forum.Place topic = Forum.placeOf(published);
        Forum.topic(alix, "notifications-tests", "Commande à taper", "Tape `@bruno-n` puis\n\n```\n@bruno-n\n```");

        String page = new WebClient(uri).get(topic.topicPath()).body();
        assertTrue(page.contains("<a href=\"/u/Bruno-n\" class=\"mention\">&#64;bruno-n</a>"), page);
        assertTrue(page.contains("<code>&#64;Bruno-n</code>"), "no link inside code: " + page);
        assertTrue(page.contains("ni &#64;personne-n."), "an unknown name stays text: " + page);

        List<String> told = notifications(bruno);
        assertEquals(1, told.size(), "one notification, not for the code-only topic: " + told);
        assertTrue(
                told.get(0).contains("\"kind\":\"MENTIONED\"") && told.get(0).contains(topic.postPath()), told.get(0));
        assertTrue(told.get(0).contains("\"actor\":\"Alix-n\""), told.get(0));
        assertEquals(List.of(), notifications(alix), "the author is never told of their own post");
    }

    @Test
    void postsRenderedAgainByANewerRendererLinkMembersWhoJoinedSince() {
        WebClient early = Members.joined(uri, "Wanda-n", "wanda.n@collectif.test");
        Forum.Place topic = Forum.topic(
                early, "notifications-tests", "Accueil des nouveaux", "Bienvenue à @Xavier-n quand il arrivera.");
        assertFalse(
                new WebClient(uri).get(topic.topicPath()).body().contains("class=\"mention\""),
                "nobody of that name yet");
        Members.joined(uri, "Xavier-n", "xavier.n@collectif.test");

        assertEquals(
                "1",
                new WebClient(uri).get("/test-support/recook/" + topic.id()).body());
        assertTrue(new WebClient(uri)
                .get(topic.topicPath())
                .body()
                .contains("<a href=\"/u/Xavier-n\" class=\"mention\">&#64;Xavier-n</a>"));
    }

    @Test
    void aMemberWhoCannotReadTheCategoryIsNotNotified() {
        WebClient insider = Members.joined(uri, "Capucine-n", "capucine.n@collectif.test");
        WebClient fellow = Members.joined(uri, "Dorian-n", "dorian.n@collectif.test");
        WebClient outsider = Members.joined(uri, "Eloise-n", "eloise.n@collectif.test");
        groupCategory("sud-coordination-n", "collectif-sud-n", "Capucine-n", "Dorian-n");

        HttpResponse<String> published = startTopic(
                insider,
                "sud-coordination-n",
                "Tournée du Vieux-Port",
                "@Eloise-n et @Dorian-n, qui prend le marché ?");

        assertEquals(List.of(), notifications(outsider), "the group's topic stays hidden from a member outside it");
        assertEquals(1, notifications(fellow).size());
        String page = followed(insider, published);
        assertTrue(
                page.contains("ne peuvent pas lire cette catégorie : Eloise-n</p>"),
                "the author is told who was not: " + page);
        assertFalse(page.contains("Dorian-n</p>"), page);
    }

    @Test
    void aPostThatMentionsQuotesAndAnswersTheSameMemberNotifiesThemOnceAsMentioned() {
        WebClient fanny = Members.joined(uri, "Fanny-n", "fanny.n@collectif.test");
        WebClient gael = Members.joined(uri, "Gael-n", "gael.n@collectif.test");
        Forum.Place topic =
                Forum.topic(fanny, "notifications-tests", "Bilan de la réunion publique", "Une centaine de personnes.");
        Forum.reply(gael, topic, 1, "Bravo pour l’organisation.");
        Forum.reply(
                gael,
                topic,
                null,
                "> [Fanny-n a écrit](" + topic.postPath()
                        + ") :\n>\n> Une centaine de personnes.\n\nPlutôt quatre-vingts.");
        Forum.Place all = Forum.reply(
                gael,
                topic,
                1,
                "> [Fanny-n a écrit](" + topic.postPath() + ") :\n>\n> Une centaine\n\n@Fanny-n on recompte ?");

        List<String> told = notifications(fanny);
        assertEquals(3, told.size(), told.toString());
        assertTrue(
                told.get(0).contains("\"kind\":\"MENTIONED\"") && told.get(0).contains(all.postPath()),
                "newest first: " + told);
        assertTrue(told.get(1).contains("\"kind\":\"QUOTED\""), told.get(1));
        assertTrue(told.get(2).contains("\"kind\":\"REPLIED\""), told.get(2));
    }

    @Test
    void mentionsInsideAQuoteTellNobodyAndLeaveANewMembersAllowanceWhole() {
        WebClient lea = Members.joined(uri, "Lea-cit", "lea.cit@collectif.test");
        WebClient marc = Members.joined(uri, "Marc-cit", "marc.cit@collectif.test");
        WebClient nina = Members.joined(uri, "Nina-cit", "nina.cit@collectif.test");
        WebClient oscar = Members.joined(uri, "Oscar-cit", "oscar.cit@collectif.test");
        WebClient paul = Members.joined(uri, "Paul-cit", "paul.cit@collectif.test");
        Forum.Place topic = Forum.topic(
                lea, "notifications-tests", "Covoiturage pour la manif", "@Marc-cit et @Nina-cit ont des places.");
        assertEquals(1, notifications(marc).size());
        assertEquals(1, notifications(nina).size());

        // Paul joined today: two mentions per post. The two names he quotes must not use them up.
        Forum.Place reply = Forum.reply(
                paul,
                topic,
                null,
                "> [Lea-cit a écrit](" + topic.postPath() + ") :\n>\n> @Marc-cit et @Nina-cit ont des places.\n\n"
                        + "@Oscar-cit et @Lea-cit, on part ensemble ?");

        assertEquals(1, notifications(marc).size(), "quoting Marc-cit tells him nothing new");
        assertEquals(1, notifications(nina).size(), "quoting Nina-cit tells her nothing new");
        List<String> toOscar = notifications(oscar);
        assertEquals(1, toOscar.size(), "Paul’s own mention is within his allowance: " + toOscar);
        assertTrue(toOscar.get(0).contains("\"kind\":\"MENTIONED\""), toOscar.get(0));
        assertTrue(
                notifications(lea).get(0).contains("\"kind\":\"MENTIONED\""),
                "Lea-cit is mentioned by Paul himself, beyond the quote: " + notifications(lea));
        String page = new WebClient(uri).get(reply.topicPath()).body();
        assertTrue(
                page.contains("<a href=\"/u/Marc-cit\" class=\"mention\">&#64;Marc-cit</a>"),
                "a quoted name still links to the member: " + page);
    }

    @Test
    void membersBeyondTheMentionLimitOfANewAccountAreNotNotifiedButThePostIsAccepted() {
        WebClient writer = Members.joined(uri, "Hugo-n", "hugo.n@collectif.test");
        List<WebClient> mentioned = List.of(
                Members.joined(uri, "Ines-n", "ines.n@collectif.test"),
                Members.joined(uri, "Jules-n", "jules.n@collectif.test"),
                Members.joined(uri, "Katia-n", "katia.n@collectif.test"));
        HttpResponse<String> published = startTopic(
                writer, "notifications-tests", "Appel à bénévoles", "@Ines-n @Jules-n @Katia-n, qui est libre ?");
        assertTrue(followed(writer, published).contains("ne notifie que quelques membres mentionnés : Katia-n</p>"));
        String location = published.headers().firstValue("Location").orElseThrow();
        assertFalse(
                followed(mentioned.get(0), mentioned.get(0).get(location)).contains("class=\"notice unnotified\""),
                "only the author hears of it");

        assertEquals(1, notifications(mentioned.get(0)).size());
        assertEquals(1, notifications(mentioned.get(1)).size());
        assertEquals(
                List.of(),
                notifications(mentioned.get(2)),
                "an account younger than a day notifies 2 members per post");
    }

    @Test
    void anEditThatAddsAMentionNotifiesOnlyTheNewlyMentioned() {
        WebClient author = Members.joined(uri, "Lea-n", "lea.n@collectif.test");
        WebClient first = Members.joined(uri, "Marius-n", "marius.n@collectif.test");
        WebClient added = Members.joined(uri, "Nadia-n", "nadia.n@collectif.test");
        Forum.Place topic =
                Forum.topic(author, "notifications-tests", "Affiches à coller", "@Marius-n tu as la colle ?");
        long postId = postId(author, topic);

        HttpResponse<String> edited = author.submit(
                "/p/" + postId + "/edit",
                "/p/" + postId + "/edit",
                Map.of(
                        "raw",
                        "@Marius-n tu as la colle ? Et @Nadia-n les affiches ?",
                        "reason",
                        "ajout",
                        "intent",
                        "publish"));
        assertEquals(303, edited.statusCode(), edited.body());

        assertEquals(1, notifications(first).size(), "already told: not told again");
        assertEquals(1, notifications(added).size());
    }

    @Test
    void aWithdrawnPostsNotificationDisappears() {
        WebClient author = Members.joined(uri, "Oscar-n", "oscar.n@collectif.test");
        WebClient reader = Members.joined(uri, "Pia-n", "pia.n@collectif.test");
        Forum.Place topic = Forum.topic(author, "notifications-tests", "Covoiturage pour la manif", "Départ 8 h.");
        Forum.Place reply = Forum.reply(author, topic, null, "@Pia-n il reste une place.");
        assertEquals(1, notifications(reader).size());
        assertTrue(reader.get("/").body().contains("class=\"unread-count\""));

        long postId = postId(author, reply);
        assertEquals(
                303,
                author.submit(topic.topicPath(), "/p/" + postId + "/withdraw", Map.of())
                        .statusCode());

        assertEquals(List.of(), notifications(reader));
        assertFalse(reader.get("/").body().contains("class=\"unread-count\""), "nor counted");
        assertFalse(reader.get("/notifications").body().contains("Covoiturage"));
    }

    @Test
    void theHeaderCountsUnreadAndTheyAreMarkedReadOneByOneOrAllAtOnce() {
        WebClient writer = Members.joined(uri, "Quentin-n", "quentin.n@collectif.test");
        WebClient reader = Members.joined(uri, "Rose-n", "rose.n@collectif.test");
        for (String title : List.of("Tract sur la VSA", "Réunion de mardi", "Stand du marché")) {
            Forum.topic(writer, "notifications-tests", title, "Ton avis @Rose-n ?");
        }
        assertTrue(unreadCount(reader.get("/categories").body()).equals("3"), "every page shows the count");

        List<String> ids =
                notifications(reader).stream().map(NotificationsHttpIT::idOf).toList();
        assertEquals(
                303,
                reader.submit("/notifications", "/notifications/" + ids.get(0) + "/read", Map.of())
                        .statusCode());
        assertEquals("2", unreadCount(reader.get("/notifications").body()));

        HttpResponse<String> opened = reader.get("/notifications/" + ids.get(1));
        assertEquals(303, opened.statusCode());
        assertTrue(
                opened.headers().firstValue("Location").orElseThrow().matches(".*/t/[a-z0-9-]+/\\d+/1"),
                "to the post's permalink");
        assertEquals("1", unreadCount(reader.get("/").body()), "opening it marked it read");

        assertEquals(
                404,
                writer.get("/notifications/" + ids.get(2)).statusCode(),
                "nobody opens another member's notification");
        assertEquals(
                303,
                reader.submit("/notifications", "/notifications/read-all", Map.of())
                        .statusCode());
        assertEquals(null, unreadCount(reader.get("/").body()));
        assertTrue(notifications(reader).stream().allMatch(n -> n.contains("\"read\":true")));
    }

    @Test
    void theHeaderStopsCountingWhatAMemberMayNoLongerRead() {
        WebClient writer = Members.joined(uri, "Ugo-n", "ugo.n@collectif.test");
        WebClient reader = Members.joined(uri, "Vera-n", "vera.n@collectif.test");
        groupCategory("nord-coordination-n", "collectif-nord-n", "Ugo-n", "Vera-n");
        Forum.topic(writer, "nord-coordination-n", "Local du collectif", "@Vera-n tu as les clés ?");
        Forum.topic(writer, "notifications-tests", "Affiches de la gare", "@Vera-n tu colles avec nous ?");
        assertEquals("2", unreadCount(reader.get("/").body()), "both categories are readable");

        assertEquals(
                200,
                Forum.json(Administrator.signedIn(uri), "DELETE", "/api/groups/collectif-nord-n/members/Vera-n", null)
                        .statusCode());
        assertEquals("1", unreadCount(reader.get("/").body()), "the group's category is closed to her now");
        assertTrue(Forum.json(reader, "GET", "/api/notifications", null).body().contains("\"unread\":1"));
    }

    @Test
    void theJsonApiListsAndMarksRead() {
        WebClient writer = Members.joined(uri, "Sacha-n", "sacha.n@collectif.test");
        WebClient reader = Members.joined(uri, "Tao-n", "tao.n@collectif.test");
        Forum.topic(writer, "notifications-tests", "Banderole", "@Tao-n tu as la peinture ?");
        Forum.topic(writer, "notifications-tests", "Sono du cortège", "@Tao-n tu as le câble ?");
        String json = Forum.json(reader, "GET", "/api/notifications", null).body();
        assertTrue(json.contains("\"unread\":2"), json);
        List<String> ids =
                notifications(reader).stream().map(NotificationsHttpIT::idOf).toList();

        assertEquals(
                204,
                Forum.json(reader, "POST", "/api/notifications/" + ids.get(0) + "/read", null)
                        .statusCode());
        assertEquals(
                404,
                Forum.json(writer, "POST", "/api/notifications/" + ids.get(1) + "/read", null)
                        .statusCode());
        assertTrue(Forum.json(reader, "GET", "/api/notifications", null).body().contains("\"unread\":1"));
        assertEquals(
                204,
                Forum.json(reader, "POST", "/api/notifications/read-all", null).statusCode());
        assertTrue(Forum.json(reader, "GET", "/api/notifications", null).body().contains("\"unread\":0"));
        assertEquals(
                401,
                Forum.json(new WebClient(uri), "GET", "/api/notifications", null)
                        .statusCode());
    }

    /** A category that only the members of a new group read and write in. */
    private void groupCategory(String category, String group, String... members) {
        WebClient admin = Administrator.signedIn(uri);
        assertEquals(
                303,
                admin.submit("/groups", "/groups", Map.of("name", group, "description", "Collectif"))
                        .statusCode());
        for (String member : members) {
            assertEquals(
                    303,
                    admin.submit("/g/" + group, "/g/" + group + "/members", Map.of("username", member))
                            .statusCode());
        }
        Forum.category(uri, category, "GROUPS", group, "GROUPS", group);
    }

    private static HttpResponse<String> startTopic(WebClient author, String category, String title, String raw) {
        HttpResponse<String> created = author.submit(
                "/new-topic?category=" + category,
                "/new-topic",
                Map.of("category", category, "title", title, "raw", raw, "intent", "publish"));
        assertEquals(303, created.statusCode(), created.body());
        return created;
    }

    /** The page reached by following the redirects, as a browser would. */
    private static String followed(WebClient client, HttpResponse<String> response) {
        HttpResponse<String> current = response;
        for (int hops = 0; hops < 5 && current.statusCode() / 100 == 3; hops++) {
            String location = current.headers().firstValue("Location").orElseThrow();
            current = client.send(client.request(URI.create(location).getRawPath()
                            + (URI.create(location).getRawQuery() == null
                                    ? ""
                                    : "?" + URI.create(location).getRawQuery()))
                    .GET()
                    .build());
        }
        assertEquals(200, current.statusCode());
        return current.body();
    }

    private static String idOf(String notification) {
        Matcher id = Pattern.compile("\"id\":(\\d+)").matcher(notification);
        assertTrue(id.find());
        return id.group(1);
    }

    private static String unreadCount(String page) {
        Matcher count = Pattern.compile("class=\"unread-count\"[^>]*>(\\d+)<").matcher(page);
        return count.find() ? count.group(1) : null;
    }
}
