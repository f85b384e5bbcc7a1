package org.palabre.live;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.URL;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.palabre.testing.Administrator;
import org.palabre.testing.EventStream;
import org.palabre.testing.Forum;
import org.palabre.testing.Members;
import org.palabre.testing.WebClient;

/** Live pages seen from the wire: what an open text/event-stream carries, to whom, and when it ends. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class LiveHttpIT {

    private static final Duration SOON = Duration.ofSeconds(10);

    @ArquillianResource
    URL base;

    @Test
    void aReaderIsToldOfNewRepliesAndEditsButNeverOfHiddenPostsNorOfWhatTheyMayNotRead() throws Exception {
        URI uri = base.toURI();
        Forum.publicCategory(uri, "direct-lv");
        WebClient author = Members.joined(uri, "Auteur-lv", "auteur.lv@collectif.test");
        WebClient reader = Members.joined(uri, "Lecteur-lv", "lecteur.lv@collectif.test");
        WebClient admin = Administrator.signedIn(uri);
        Forum.Place topic = Forum.topic(author, "direct-lv", "Assemblée en direct", "Ordre du jour à compléter.");

        try (EventStream stream = EventStream.open(reader, "/live/topics/" + topic.id())) {
            assertEquals(200, stream.status);
            assertTrue(stream.contentType.startsWith("text/event-stream"), stream.contentType);

            Forum.Place reply = Forum.reply(admin, topic, null, "Point 1 : le local.");
            long replyId = Forum.postId(reader, reply);
            EventStream.Event published = stream.next(SOON);
            assertNotNull(published, "the new reply is announced");
            assertEquals("post", published.name());
            assertTrue(published.data().contains("\"kind\":\"published\""), published.data());
            assertTrue(published.data().contains("\"post\":" + replyId), published.data());
            assertFalse(published.data().contains("local"), "an event carries ids, not content");
            assertNotNull(published.id(), "events carry ids to reconnect with");
            String fragment = reader.get("/live/topics/" + topic.id() + "/posts?ids=" + replyId)
                    .body();
            assertTrue(fragment.contains("Point 1 : le local.") && fragment.contains("id=\"p2\""), fragment);

            assertEquals(
                    303,
                    admin.submit(
                                    "/p/" + replyId + "/edit",
                                    "/p/" + replyId + "/edit",
                                    Map.of("raw", "Point 1 : le local, jeudi.", "reason", "", "intent", "publish"))
                            .statusCode());
            EventStream.Event edited = stream.next(SOON);
            assertNotNull(edited, "the edit is announced");
            assertTrue(edited.data().contains("\"kind\":\"edited\"")
                    && edited.data().contains("\"number\":2"));

            // A post hidden by a moderator: the reader is told its place changed, and fetches the place-holder.
            Forum.Place doubtful = Forum.reply(author, topic, null, "Achetez des montres pas chères.");
            long doubtfulId = Forum.postId(reader, doubtful);
            assertTrue(stream.next(SOON).data().contains("\"post\":" + doubtfulId));
            assertEquals(
                    201,
                    Forum.json(
                                    reader,
                                    "POST",
                                    "/api/posts/" + doubtfulId + "/flags",
                                    "{\"reason\":\"SPAM\",\"message\":\"\"}")
                            .statusCode());
            Forum.json(admin, "POST", "/api/moderation/review/" + doubtfulId, "{\"decision\":\"agree\"}");
            EventStream.Event hidden = stream.next(SOON);
            assertNotNull(hidden, "the hiding is announced");
            assertTrue(hidden.data().contains("\"kind\":\"hidden\""), hidden.data());
            assertFalse(
                    reader.get("/live/topics/" + topic.id() + "/posts?ids=" + doubtfulId)
                            .body()
                            .contains("montres"),
                    "a hidden post's content is not the reader's to fetch");
            // Its author still edits it while it awaits review: nobody else is told.
            Thread.sleep(5_000); // the posting limit
            author.submit(
                    "/p/" + doubtfulId + "/edit",
                    "/p/" + doubtfulId + "/edit",
                    Map.of("raw", "Des montres, vraiment pas chères.", "reason", "", "intent", "publish"));

            // A topic in a category for one group: the reader can neither follow it nor hear of it.
            assertEquals(
                    303,
                    admin.submit("/groups", "/groups", Map.of("name", "bureau-lv", "description", ""))
                            .statusCode());
            Forum.category(uri, "bureau-lv", "GROUPS", "bureau-lv", "GROUPS", "bureau-lv");
            Forum.Place secret = Forum.topic(admin, "bureau-lv", "Budget confidentiel", "Chiffres.");
            assertEquals(404, EventStream.open(reader, "/live/topics/" + secret.id()).status);
            Forum.reply(admin, secret, null, "Encore des chiffres.");
            assertEquals(List.of(), stream.during(Duration.ofSeconds(3)), "nothing else reached the reader");
        }
    }

    @Test
    void aReaderWhoReconnectsWithTheLastEventIdIsSentWhatTheyMissedAndNothingMore() throws Exception {
        URI uri = base.toURI();
        Forum.publicCategory(uri, "retour-lv");
        WebClient admin = Administrator.signedIn(uri);
        WebClient visitor = new WebClient(uri);
        Forum.Place topic = Forum.topic(admin, "retour-lv", "Coupure de réseau", "Le wifi tombe souvent.");
        String lastSeen;
        try (EventStream stream = EventStream.open(visitor, "/live/topics/" + topic.id())) {
            Thread.sleep(5_000);
            Forum.reply(admin, topic, null, "Vu avant la coupure.");
            lastSeen = stream.next(SOON).id();
        }
        Thread.sleep(5_000);
        Forum.Place missed1 = Forum.reply(admin, topic, null, "Manqué une fois.");
        Thread.sleep(5_000);
        Forum.Place missed2 = Forum.reply(admin, topic, null, "Manqué deux fois.");
        try (EventStream again = EventStream.open(visitor, "/live/topics/" + topic.id(), lastSeen)) {
            List<EventStream.Event> replayed = again.during(Duration.ofSeconds(4));
            assertEquals(2, replayed.size(), replayed.toString());
            assertTrue(replayed.get(0).data().contains("\"number\":" + missed1.number()), replayed.toString());
            assertTrue(replayed.get(1).data().contains("\"number\":" + missed2.number()), replayed.toString());
            assertTrue(Long.parseLong(replayed.get(0).id()) > Long.parseLong(lastSeen));
        }
    }

    @Test
    void signingOutOrLosingTheRightToReadEndsTheStream() throws Exception {
        URI uri = base.toURI();
        Forum.publicCategory(uri, "fin-lv");
        WebClient admin = Administrator.signedIn(uri);
        WebClient member = Members.joined(uri, "Partant-lv", "partant.lv@collectif.test");
        Forum.Place topic = Forum.topic(admin, "fin-lv", "Qui reste ?", "On ferme à 22 h.");

        try (EventStream stream = EventStream.open(member, "/live/topics/" + topic.id());
                EventStream count = EventStream.open(member, "/live/notifications")) {
            assertEquals(200, stream.status);
            assertEquals("count", count.next(SOON).name(), "the unread count comes at once");
            assertEquals(
                    303, member.submit(topic.topicPath(), "/signout", Map.of()).statusCode());
            assertEquals("end", stream.next(SOON).name(), "signed out: the page is told, then the stream ends");
            assertTrue(EventStream.ended(stream.next(SOON)));
            assertEquals("end", count.next(SOON).name());
        }

        WebClient visitor = new WebClient(uri);
        try (EventStream stream = EventStream.open(visitor, "/live/topics/" + topic.id())) {
            assertEquals(200, stream.status);
            Map<String, String> membersOnly = new java.util.HashMap<>(Map.of(
                    "name",
                    "Catégorie fin-lv",
                    "slug",
                    "fin-lv",
                    "description",
                    "Pour les tests",
                    "colour",
                    "#336699",
                    "position",
                    "0",
                    "readAccess",
                    "MEMBERS",
                    "readGroups",
                    "",
                    "writeAccess",
                    "MEMBERS",
                    "writeGroups",
                    ""));
            assertEquals(
                    303,
                    admin.submit("/admin/categories/fin-lv", "/admin/categories/fin-lv", membersOnly)
                            .statusCode());
            assertEquals("end", stream.next(SOON).name(), "no longer a reader there: the stream ends");
        }
        assertEquals(404, EventStream.open(visitor, "/live/topics/" + topic.id()).status);
    }

    @Test
    void oneClientOpeningTooManyStreamsIsRefusedWith429AndThePageStillWorks() throws Exception {
        URI uri = base.toURI();
        Forum.publicCategory(uri, "foule-lv");
        WebClient admin = Administrator.signedIn(uri);
        Forum.Place topic = Forum.topic(admin, "foule-lv", "Tout le monde regarde", "Beaucoup d'onglets.");
        WebClient visitor = new WebClient(uri);
        List<EventStream> open = new ArrayList<>();
        try {
            int status = 200;
            for (int tries = 0; tries < 200 && status == 200; tries++) {
                EventStream stream = EventStream.open(visitor, "/live/topics/" + topic.id());
                status = stream.status;
                open.add(stream);
            }
            assertEquals(429, status, "the per-client bound holds");
            assertTrue(open.size() > 1, "a few streams are fine");
            assertEquals(200, visitor.get(topic.topicPath()).statusCode(), "the page itself is served as ever");
        } finally {
            open.forEach(EventStream::close);
        }
        // Streams a client closed are found by the heartbeats (a write to a socket the peer closed may succeed
        // once) and make room; they must all be gone before this test ends, as later test classes open streams.
        Thread.sleep(6_000); // three heartbeats in the tests
        int status = 0;
        for (int tries = 0; tries < 20 && status != 200; tries++) {
            Thread.sleep(500);
            try (EventStream stream = EventStream.open(visitor, "/live/topics/" + topic.id())) {
                status = stream.status;
            }
        }
        assertEquals(200, status);
    }

    @Test
    void aCategoryPageIsToldOfTopicsStartedThere() throws Exception {
        URI uri = base.toURI();
        Forum.publicCategory(uri, "sujets-lv");
        WebClient admin = Administrator.signedIn(uri);
        WebClient visitor = new WebClient(uri);
        try (EventStream stream = EventStream.open(visitor, "/live/categories/" + categoryId(visitor, "sujets-lv"))) {
            assertEquals(200, stream.status);
            Forum.Place topic = Forum.topic(admin, "sujets-lv", "Nouveau sujet en direct", "Bonjour.");
            EventStream.Event started = stream.next(SOON);
            assertNotNull(started);
            assertEquals("topic", started.name());
            assertTrue(started.data().contains("\"topic\":" + topic.id()), started.data());
        }
    }

    static long categoryId(WebClient client, String slug) {
        Matcher id = Pattern.compile("data-live=\"/live/categories/(\\d+)\"")
                .matcher(client.get("/c/" + slug).body());
        assertTrue(id.find());
        return Long.parseLong(id.group(1));
    }
}
