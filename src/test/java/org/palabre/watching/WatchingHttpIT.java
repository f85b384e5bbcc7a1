package org.palabre.watching;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.palabre.testing.Forum.postId;
import static org.palabre.testing.Inbox.eventually;
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
import org.palabre.testing.Inbox;
import org.palabre.testing.Members;
import org.palabre.testing.WebClient;

/**
 * Watching, tracking and muting topics and categories, and whom each new post then notifies. Watchers are
 * told just after the post is committed, so their notifications are waited for, never assumed.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class WatchingHttpIT {

    private static final String CATEGORY = "suivi-wt";

    @ArquillianResource
    URL base;

    private URI uri;

    @BeforeEach
    void setUp() throws Exception {
        uri = base.toURI();
        Forum.sharedPublicCategory(uri, CATEGORY);
    }

    @Test
    void watchingATopicNotifiesOfEachNewPostTrackingOnlyOfAMention() {
        WebClient author = Members.joined(uri, "Abel-wt", "abel.wt@collectif.test");
        WebClient watcher = Members.joined(uri, "Berenice-wt", "berenice.wt@collectif.test");
        WebClient tracker = Members.joined(uri, "Cyprien-wt", "cyprien.wt@collectif.test");
        WebClient replier = Members.joined(uri, "Delphine-wt", "delphine.wt@collectif.test");
        Forum.Place topic = Forum.topic(author, CATEGORY, "Cantine solidaire du dimanche", "Qui cuisine ?");
        watch(watcher, topic, "WATCHING");
        watch(tracker, topic, "TRACKING");

        Forum.Place first = Forum.reply(replier, topic, null, "Moi, les lentilles.");
        List<String> watched = eventually(watcher, 1);
        assertTrue(
                watched.get(0).contains("\"kind\":\"NEW_POST_IN_WATCHED_TOPIC\"")
                        && watched.get(0).contains(first.postPath()),
                watched.get(0));
        assertTrue(watched.get(0).contains("\"actor\":\"Delphine-wt\""), watched.get(0));
        assertEquals(List.of(), notifications(tracker), "tracking is not told of every post");
        assertEquals(List.of(), notifications(replier), "nor is the author of the post");
        List<String> creator = notifications(author);
        assertEquals(1, creator.size(), creator.toString());
        assertTrue(
                creator.get(0).contains("\"kind\":\"REPLIED\""),
                "the creator watches, but a reply to them says so: " + creator);

        Forum.Place second = Forum.reply(replier, topic, null, "@Cyprien-wt tu apportes le pain ?");
        assertEquals(2, eventually(watcher, 2).size());
        List<String> told = notifications(tracker);
        assertEquals(1, told.size(), told.toString());
        assertTrue(
                told.get(0).contains("\"kind\":\"MENTIONED\"") && told.get(0).contains(second.postPath()), told.get(0));
    }

    @Test
    void aMutedTopicNeverNotifiesExceptOfAMention() {
        WebClient author = Members.joined(uri, "Edmond-wt", "edmond.wt@collectif.test");
        WebClient muter = Members.joined(uri, "Faustine-wt", "faustine.wt@collectif.test");
        WebClient witness = Members.joined(uri, "Gaston-wt", "gaston.wt@collectif.test");
        Forum.Place topic = Forum.topic(muter, CATEGORY, "Tirage des affiches", "Il faut 200 affiches.");
        watch(muter, topic, "MUTED");
        watch(witness, topic, "WATCHING");

        Forum.reply(
                author,
                topic,
                1,
                "> [Faustine-wt a écrit](" + topic.postPath() + ") :\n>\n> Il faut 200 affiches.\n\nJe m’en charge.");
        assertEquals(1, eventually(witness, 1).size());
        assertEquals(
                List.of(),
                notifications(muter),
                "neither the reply nor the quote tells the member who muted the topic");

        Forum.Place mention = Forum.reply(author, topic, null, "@Faustine-wt c’est fait.");
        assertEquals(2, eventually(witness, 2).size());
        List<String> told = notifications(muter);
        assertEquals(1, told.size(), told.toString());
        assertTrue(
                told.get(0).contains("\"kind\":\"MENTIONED\"") && told.get(0).contains(mention.postPath()),
                told.get(0));
    }

    @Test
    void watchingACategoryNotifiesOfNewTopicsAndMutingItLeavesTheLatestList() {
        WebClient author = Members.joined(uri, "Hortense-wt", "hortense.wt@collectif.test");
        WebClient watcher = Members.joined(uri, "Isidore-wt", "isidore.wt@collectif.test");
        WebClient muter = Members.joined(uri, "Josephine-wt", "josephine.wt@collectif.test");
        Forum.publicCategory(uri, "annonces-wt");
        assertEquals(
                303,
                watcher.submit("/c/annonces-wt", "/watches/categories/annonces-wt", Map.of("level", "WATCHING"))
                        .statusCode());
        assertEquals(
                303,
                muter.submit("/c/annonces-wt", "/watches/categories/annonces-wt", Map.of("level", "MUTED"))
                        .statusCode());
        assertTrue(
                watcher.get("/c/annonces-wt").body().contains("<option value=\"WATCHING\" selected>"),
                "the control shows the level");

        Forum.Place topic = Forum.topic(author, "annonces-wt", "Fermeture estivale du local", "Du 1er au 15 août.");
        List<String> told = eventually(watcher, 1);
        assertTrue(
                told.get(0).contains("\"kind\":\"NEW_TOPIC_IN_WATCHED_CATEGORY\"")
                        && told.get(0).contains(topic.postPath()),
                told.get(0));
        assertTrue(
                watcher.get("/notifications").body().contains("Hortense-wt a ouvert « Fermeture estivale du local »"));
        assertEquals(List.of(), notifications(muter));

        assertFalse(
                muter.get("/").body().contains("Fermeture estivale du local"), "a muted category leaves the home list");
        assertTrue(
                muter.get("/c/annonces-wt").body().contains("Fermeture estivale du local"),
                "its own page still lists it");
        assertTrue(watcher.get("/").body().contains("Fermeture estivale du local"));
        assertTrue(new WebClient(uri).get("/").body().contains("Fermeture estivale du local"));
    }

    @Test
    void watchingACategoryNotifiesOfEveryPostInItsTopicsUnlessTheTopicHasItsOwnLevel() {
        WebClient author = Members.joined(uri, "Ulysse-wt", "ulysse.wt@collectif.test");
        WebClient watcher = Members.joined(uri, "Valentine-wt", "valentine.wt@collectif.test");
        WebClient lowered = Members.joined(uri, "Wilfried-wt", "wilfried.wt@collectif.test");
        Forum.publicCategory(uri, "tout-suivre-wt");
        for (WebClient member : List.of(watcher, lowered)) {
            assertEquals(
                    303,
                    member.submit(
                                    "/c/tout-suivre-wt",
                                    "/watches/categories/tout-suivre-wt",
                                    Map.of("level", "WATCHING"))
                            .statusCode());
        }
        Forum.Place topic = Forum.topic(author, "tout-suivre-wt", "Chorale du quartier", "Répétition jeudi.");
        eventually(watcher, 1);
        eventually(lowered, 1);
        watch(lowered, topic, "TRACKING");

        Forum.Place reply = Forum.reply(author, topic, null, "Apportez les partitions.");
        List<String> told = eventually(watcher, 2);
        assertTrue(
                told.get(0).contains("\"kind\":\"NEW_POST_IN_WATCHED_TOPIC\"")
                        && told.get(0).contains(reply.postPath()),
                told.get(0));
        assertEquals(1, notifications(lowered).size(), "the level chosen for the topic wins over the category's");

        Forum.reply(watcher, topic, null, "J’apporte le pupitre.");
        Forum.Place later = Forum.reply(author, topic, null, "Merci !");
        List<String> afterReplying = eventually(watcher, 3);
        assertTrue(
                afterReplying.get(0).contains(later.postPath()),
                "replying keeps the watcher of the category watching: " + afterReplying);
        assertEquals("WATCHING", level(watcher, topic));
    }

    @Test
    void startingATopicWatchesItReplyingTracksItUnlessThePreferencesSayOtherwise() {
        WebClient starter = Members.joined(uri, "Kilian-wt", "kilian.wt@collectif.test");
        WebClient replier = Members.joined(uri, "Leonie-wt", "leonie.wt@collectif.test");
        Forum.Place topic = Forum.topic(starter, CATEGORY, "Atelier vélo", "Samedi 14 h.");
        Forum.reply(replier, topic, null, "J’amène des rustines.");
        assertEquals("WATCHING", level(starter, topic));
        assertEquals("TRACKING", level(replier, topic));
        Forum.reply(starter, topic, null, "Merci !");
        assertEquals("WATCHING", level(starter, topic), "replying never lowers a topic one watches");

        assertEquals(
                303,
                replier.submit("/preferences", "/watches/defaults", Map.of("onCreate", "NORMAL", "onReply", "WATCHING"))
                        .statusCode());
        assertTrue(replier.get("/preferences").body().contains("<option value=\"WATCHING\" selected>"));
        Forum.Place own =
                Forum.topic(replier, CATEGORY, "Réparation des freins", "Qui sait régler des freins à disque ?");
        assertEquals("NORMAL", level(replier, own));
        Forum.Place other = Forum.topic(starter, CATEGORY, "Bourse aux pièces", "Chambres à air en trop.");
        Forum.reply(replier, other, null, "J’en prends deux.");
        assertEquals("WATCHING", level(replier, other));
        assertEquals(
                400,
                replier.submit("/preferences", "/watches/defaults", Map.of("onCreate", "LOUD", "onReply", "WATCHING"))
                        .statusCode());
    }

    @Test
    void aWatcherWhoCanNoLongerReadTheCategoryIsToldNothing() {
        WebClient admin = Administrator.signedIn(uri);
        assertEquals(
                303,
                admin.submit("/groups", "/groups", Map.of("name", "cercle-wt", "description", "Cercle fermé"))
                        .statusCode());
        WebClient author = Members.joined(uri, "Mathurin-wt", "mathurin.wt@collectif.test");
        WebClient stays = Members.joined(uri, "Noemie-wt", "noemie.wt@collectif.test");
        WebClient leaves = Members.joined(uri, "Octave-wt", "octave.wt@collectif.test");
        for (String member : List.of("Mathurin-wt", "Noemie-wt", "Octave-wt")) {
            assertEquals(
                    303,
                    admin.submit("/g/cercle-wt", "/g/cercle-wt/members", Map.of("username", member))
                            .statusCode());
        }
        Forum.category(uri, "cercle-prive-wt", "GROUPS", "cercle-wt", "GROUPS", "cercle-wt");
        for (WebClient watcher : List.of(stays, leaves)) {
            assertEquals(
                    303,
                    watcher.submit(
                                    "/c/cercle-prive-wt",
                                    "/watches/categories/cercle-prive-wt",
                                    Map.of("level", "WATCHING"))
                            .statusCode());
        }
        Matcher leaver = Pattern.compile("/u/Octave-wt\"[\\s\\S]*?/g/cercle-wt/members/(\\d+)/remove")
                .matcher(admin.get("/g/cercle-wt").body());
        assertTrue(leaver.find());
        assertEquals(
                303,
                admin.submit("/g/cercle-wt", "/g/cercle-wt/members/" + leaver.group(1) + "/remove", Map.of())
                        .statusCode());

        Forum.topic(author, "cercle-prive-wt", "Planning des permanences", "Qui tient mardi ?");
        assertEquals(1, eventually(stays, 1).size());
        assertEquals(List.of(), notifications(leaves));
        assertEquals(
                404,
                leaves.submit("/", "/watches/categories/cercle-prive-wt", Map.of("level", "WATCHING"))
                        .statusCode());
    }

    @Test
    void aPostThatMentionsAWatcherNotifiesThemOnceAsMentioned() {
        WebClient author = Members.joined(uri, "Pauline-wt", "pauline.wt@collectif.test");
        WebClient mentioned = Members.joined(uri, "Quirin-wt", "quirin.wt@collectif.test");
        WebClient witness = Members.joined(uri, "Roxane-wt", "roxane.wt@collectif.test");
        Forum.Place topic = Forum.topic(author, CATEGORY, "Jardin partagé", "Les semis sont prêts.");
        watch(mentioned, topic, "WATCHING");
        watch(witness, topic, "WATCHING");

        Forum.Place reply = Forum.reply(author, topic, null, "@Quirin-wt tu arroses demain ?");
        eventually(witness, 1);
        List<String> told = notifications(mentioned);
        assertEquals(1, told.size(), told.toString());
        assertTrue(
                told.get(0).contains("\"kind\":\"MENTIONED\"") && told.get(0).contains(reply.postPath()), told.get(0));
    }

    @Test
    void aQueuedPostLeftByAStoppedServerTellsItsWatchersWhenReplayed() {
        WebClient author = Members.joined(uri, "Sidonie-wt", "sidonie.wt@collectif.test");
        WebClient late = Members.joined(uri, "Tristan-wt", "tristan.wt@collectif.test");
        Forum.Place topic = Forum.topic(author, CATEGORY, "Collecte de vêtements", "Dépôt au local.");
        Forum.Place reply = Forum.reply(author, topic, null, "Les cartons sont arrivés.");
        WebClient support = new WebClient(uri);
        long replyId = postId(author, reply);
        // The reply's own telling runs in the background after its commit: it must be over before the member watches
        // (or a slow one would tell her itself) and before the replay plays.
        awaitTold(support, replyId);
        watch(late, topic, "WATCHING");
        assertEquals(List.of(), notifications(late), "watching came after the post");

        assertEquals(
                "1", support.get("/test-support/fanout/" + replyId + "/queue").body());
        assertEquals("1", support.get("/test-support/fanout/replay").body());
        List<String> told = notifications(late);
        assertEquals(1, told.size(), told.toString());
        assertTrue(
                told.get(0).contains("\"kind\":\"NEW_POST_IN_WATCHED_TOPIC\"")
                        && told.get(0).contains(reply.postPath()),
                told.get(0));
        assertEquals("0", support.get("/test-support/fanout/replay").body(), "the queue is empty once told");
    }

    @Test
    void thePeriodicRetryTellsTheWatchersOfPostsQueuedOverAMinuteAgoOnly() {
        WebClient author = Members.joined(uri, "Xavier-wt", "xavier.wt@collectif.test");
        WebClient late = Members.joined(uri, "Yolande-wt", "yolande.wt@collectif.test");
        Forum.Place topic = Forum.topic(author, CATEGORY, "Permanence juridique", "Le mardi soir.");
        Forum.Place stale = Forum.reply(author, topic, null, "Première question reçue.");
        Forum.Place fresh = Forum.reply(author, topic, null, "Deuxième question reçue.");

        WebClient support = new WebClient(uri);
        // The replies' own telling runs in the background after their commit: over before the member watches (or a
        // slow one would tell her itself) and before they are queued again.
        awaitTold(support, postId(author, stale));
        awaitTold(support, postId(author, fresh));
        watch(late, topic, "WATCHING");
        assertEquals(
                "1",
                support.get("/test-support/fanout/" + postId(author, stale) + "/queue?minutesAgo=2")
                        .body());
        assertEquals(
                "1",
                support.get("/test-support/fanout/" + postId(author, fresh) + "/queue?minutesAgo=0")
                        .body());
        support.get("/test-support/fanout/retry-stale");
        List<String> told = notifications(late);
        assertEquals(1, told.size(), "a row queued just now is left to the thread its commit started: " + told);
        assertTrue(told.get(0).contains(stale.postPath()), told.get(0));

        assertEquals("1", support.get("/test-support/fanout/replay").body());
        assertEquals(2, notifications(late).size());
    }

    private static void watch(WebClient member, Forum.Place topic, String level) {
        HttpResponse<String> chosen =
                member.submit(topic.topicPath(), "/watches/topics/" + topic.id(), Map.of("level", level));
        assertEquals(303, chosen.statusCode(), chosen.body());
        assertEquals(level, level(member, topic));
    }

    /** The level the topic page's control shows as chosen. */
    private static String level(WebClient member, Forum.Place topic) {
        String page = member.get(topic.topicPath()).body();
        Matcher selected = Pattern.compile("<option value=\"([A-Z]+)\" selected>")
                .matcher(page.substring(page.indexOf("class=\"watch-control")));
        assertTrue(selected.find(), page);
        return selected.group(1);
    }

    private static void awaitTold(WebClient support, long postId) {
        for (int i = 0;
                i < 100
                        && !"0"
                                .equals(support.get("/test-support/fanout/" + postId + "/queued")
                                        .body());
                i++) {
            Inbox.pause();
        }
    }
}
