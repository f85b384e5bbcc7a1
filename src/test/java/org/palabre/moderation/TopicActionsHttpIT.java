package org.palabre.moderation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.palabre.moderation.ModerationCalls.act;
import static org.palabre.moderation.ModerationCalls.assertLogged;

import java.net.URI;
import java.net.URL;
import java.net.http.HttpResponse;
import java.util.Map;
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

/** Closing, pinning, unlisting, archiving, moving, retitling and slowing a topic, as moderators do from its page. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class TopicActionsHttpIT {

    @ArquillianResource
    URL base;

    private URI uri;
    private WebClient admin;

    @BeforeEach
    void forum() throws Exception {
        uri = base.toURI();
        admin = Administrator.signedIn(uri);
        Forum.sharedPublicCategory(uri, "mq-salle");
    }

    private WebClient member(String name) {
        return Members.joined(uri, name, name.toLowerCase() + "@moderation.test");
    }

    @Test
    void aClosedTopicRefusesMembersRepliesWithAClearStatusUntilReopened() {
        WebClient ana = member("Mq-Ana");
        Forum.Place topic = Forum.topic(ana, "mq-salle", "Réunion de lundi soir", "On se retrouve où ?");
        String moderate = "/moderation/topics/" + topic.id() + "/";

        assertEquals(
                303,
                act(admin, topic.topicPath(), moderate + "close", Map.of("reason", "Le débat a assez duré"))
                        .statusCode());
        assertTrue(ana.get(topic.topicPath()).body().contains("class=\"badge closed\""), "shown as closed");
        HttpResponse<String> refused = ana.post(
                topic.topicPath() + "/reply",
                Map.of("raw", "Encore un mot", "intent", "publish", "_csrf", csrf(ana, topic.topicPath())));
        assertEquals(403, refused.statusCode());
        assertTrue(refused.body().contains("Ce sujet est fermé"), refused.body());
        assertTrue(refused.body().contains(">Encore un mot</textarea>"), "the text is kept in the form");
        HttpResponse<String> edit = ana.post(
                "/p/" + Forum.postId(ana, topic) + "/edit",
                Map.of(
                        "raw",
                        "On se retrouve à la salle B ?",
                        "reason",
                        "",
                        "intent",
                        "publish",
                        "_csrf",
                        csrf(ana, topic.topicPath())));
        assertEquals(403, edit.statusCode());
        assertTrue(edit.body().contains("ne peut plus être modifié"), edit.body());
        assertTrue(edit.body().contains(">On se retrouve à la salle B ?</textarea>"), "an edit's text is kept too");
        HttpResponse<String> byApi =
                Forum.json(ana, "POST", "/api/topics/" + topic.id() + "/posts", "{\"raw\":\"Par l’API\"}");
        assertEquals(403, byApi.statusCode(), byApi.body());
        assertLogged(admin, "TOPIC_CLOSED", topic.id());

        assertEquals(
                303,
                act(admin, topic.topicPath(), moderate + "reopen", Map.of()).statusCode());
        assertEquals(
                201,
                Forum.json(ana, "POST", "/api/topics/" + topic.id() + "/posts", "{\"raw\":\"Rouvert, merci\"}")
                        .statusCode());
        assertLogged(admin, "TOPIC_REOPENED", topic.id());
    }

    @Test
    void pinnedTopicsComeFirstInTheirCategoryAndSiteWidePinsOnTheHomePageToo() {
        Forum.sharedPublicCategory(uri, "mq-epingles");
        WebClient bea = member("Mq-Bea");
        Forum.Place older = Forum.topic(bea, "mq-epingles", "Règles de la salle commune", "À lire avant tout.");
        Forum.Place newer = Forum.topic(bea, "mq-epingles", "Qui apporte le café demain", "Moi peut-être.");
        assertTrue(before(admin.get("/c/mq-epingles").body(), newer, older), "latest first while nothing is pinned");

        assertEquals(
                303,
                act(admin, older.topicPath(), "/moderation/topics/" + older.id() + "/pin", Map.of("scope", "CATEGORY"))
                        .statusCode());
        assertTrue(before(admin.get("/c/mq-epingles").body(), older, newer), "pinned first in its category");
        assertTrue(before(admin.get("/").body(), newer, older), "a category pin leaves the home page alone");

        act(admin, older.topicPath(), "/moderation/topics/" + older.id() + "/unpin", Map.of());
        assertEquals(
                303,
                act(admin, older.topicPath(), "/moderation/topics/" + older.id() + "/pin", Map.of("scope", "SITE"))
                        .statusCode());
        assertTrue(before(admin.get("/").body(), older, newer), "a site-wide pin comes first on the home page");
        assertTrue(admin.get("/").body().contains("Épinglé"));
        act(admin, older.topicPath(), "/moderation/topics/" + older.id() + "/unpin", Map.of());
        assertEquals(2, ModerationCalls.logged(admin, "TOPIC_PINNED", older.id()));
        assertEquals(2, ModerationCalls.logged(admin, "TOPIC_UNPINNED", older.id()));
    }

    @Test
    void anUnlistedTopicIsReachableByItsAddressButInNoList() {
        WebClient cleo = member("Mq-Cleo");
        Forum.Place topic =
                Forum.topic(cleo, "mq-salle", "Compte rendu discret de mardi", "Pour celles qui ont le lien.");
        assertTrue(new WebClient(uri).get("/c/mq-salle").body().contains(topic.topicPath()));

        assertEquals(
                303,
                act(
                                admin,
                                topic.topicPath(),
                                "/moderation/topics/" + topic.id() + "/unlist",
                                Map.of("reason", "lien seulement"))
                        .statusCode());
        WebClient visitor = new WebClient(uri);
        assertFalse(visitor.get("/c/mq-salle").body().contains(topic.topicPath()), "not on its category page");
        assertFalse(visitor.get("/").body().contains(topic.topicPath()), "not on the home page");
        assertFalse(
                Forum.json(visitor, "GET", "/api/topics", null).body().contains(topic.topicPath()),
                "not in the API's list");
        assertEquals(200, visitor.get(topic.topicPath()).statusCode(), "reachable by its address");
        assertLogged(admin, "TOPIC_UNLISTED", topic.id());
    }

    @Test
    void anArchivedTopicIsReadOnlyEvenForStaffAndSinksBelowActiveTopics() {
        Forum.sharedPublicCategory(uri, "mq-archives");
        WebClient dora = member("Mq-Dora");
        Forum.Place active = Forum.topic(dora, "mq-archives", "Sujet toujours ouvert", "Parlons-en.");
        Forum.Place archived = Forum.topic(dora, "mq-archives", "Sujet de l’an dernier", "C’est fini.");

        assertEquals(
                303,
                act(admin, archived.topicPath(), "/moderation/topics/" + archived.id() + "/archive", Map.of())
                        .statusCode());
        assertEquals(
                403,
                Forum.json(admin, "POST", "/api/topics/" + archived.id() + "/posts", "{\"raw\":\"Même pas le staff\"}")
                        .statusCode());
        HttpResponse<String> refused =
                Forum.json(dora, "POST", "/api/topics/" + archived.id() + "/posts", "{\"raw\":\"Et moi ?\"}");
        assertEquals(403, refused.statusCode());
        assertTrue(refused.body().contains("archivé"), refused.body());
        HttpResponse<String> byForm = dora.post(
                archived.topicPath() + "/reply",
                Map.of(
                        "raw",
                        "Et par le formulaire ?",
                        "intent",
                        "publish",
                        "_csrf",
                        csrf(dora, archived.topicPath())));
        assertEquals(403, byForm.statusCode());
        assertTrue(byForm.body().contains("archivé"), byForm.body());
        assertTrue(byForm.body().contains(">Et par le formulaire ?</textarea>"), "the text is kept in the form");
        assertTrue(
                before(admin.get("/c/mq-archives").body(), active, archived),
                "archived after the active ones, though newer");
        assertFalse(admin.get(archived.topicPath()).body().contains("class=\"reply-box\""), "no reply form");
        assertLogged(admin, "TOPIC_ARCHIVED", archived.id());
    }

    @Test
    void aMovedTopicIsReadAsItsNewCategorySaysAtOnce() {
        admin.submit("/groups", "/groups", Map.of("name", "mq-bureau", "description", ""));
        Forum.category(uri, "mq-bureau-prive", "GROUPS", "mq-bureau", "GROUPS", "mq-bureau");
        WebClient eve = member("Mq-Eve");
        Forum.Place topic = Forum.topic(eve, "mq-salle", "Budget à discuter en petit comité", "Chiffres à venir.");
        WebClient visitor = new WebClient(uri);
        assertEquals(200, visitor.get(topic.topicPath()).statusCode());

        assertEquals(
                303,
                act(
                                admin,
                                topic.topicPath(),
                                "/moderation/topics/" + topic.id() + "/move",
                                Map.of("category", "mq-bureau-prive", "reason", "réservé au bureau"))
                        .statusCode());
        assertEquals(404, visitor.get(topic.topicPath()).statusCode(), "visitors lose it");
        assertEquals(
                404,
                Forum.json(eve, "GET", "/api/topics/" + topic.id(), null).statusCode(),
                "members outside the group too");
        assertFalse(eve.get("/").body().contains(topic.topicPath()));
        assertEquals(200, admin.get(topic.topicPath()).statusCode());
        assertLogged(admin, "TOPIC_MOVED", topic.id());
    }

    @Test
    void movingAndMergingAreChosenFromListsByNameAndAWrongChoiceSaysSoOnTheSamePage() {
        Forum.sharedPublicCategory(uri, "mq-choix");
        WebClient fred = member("Mq-Fred");
        Forum.Place source = Forum.topic(fred, "mq-salle", "Covoiturage mqchoix aller", "Qui part de Lyon ?");
        Forum.Place target = Forum.topic(fred, "mq-salle", "Covoiturage mqchoix retour", "Qui rentre dimanche ?");
        String moderate = "/moderation/topics/" + source.id() + "/";

        String page = admin.get(source.topicPath()).body();
        assertTrue(page.contains("<select name=\"category\" required>"), page);
        assertTrue(page.contains("<option value=\"mq-choix\">Catégorie mq-choix</option>"), page);
        assertFalse(page.contains("<option value=\"mq-salle\">"), "not the category it is in");
        assertFalse(page.contains("placeholder=\"slug\""), "no slug to type");
        assertTrue(page.contains("href=\"" + moderate + "merge\""), page);
        assertFalse(fred.get(source.topicPath()).body().contains("name=\"category\""), "members get no menu");

        String radio = "name=\"target\" value=\"" + target.id() + "\"";
        String merge = admin.get(moderate + "merge").body();
        assertTrue(merge.contains(radio) && merge.contains("Covoiturage mqchoix retour"), "a recent topic: " + merge);
        assertFalse(merge.contains("name=\"target\" value=\"" + source.id() + "\""), "not itself");
        String byTitle = admin.get(moderate + "merge?q=MQCHOIX%20retour").body();
        assertTrue(byTitle.contains("class=\"merge-found\"") && byTitle.contains(radio), byTitle);
        String byAddress = admin.get(moderate + "merge?q="
                        + java.net.URLEncoder.encode(
                                uri.resolve(target.postPath()).toString(), java.nio.charset.StandardCharsets.UTF_8))
                .body();
        assertTrue(byAddress.substring(byAddress.indexOf("merge-found")).contains(radio), "a pasted address finds it");
        assertEquals(403, fred.get(moderate + "merge").statusCode());

        HttpResponse<String> none =
                act(admin, moderate + "merge", moderate + "merge", Map.of("q", "mqchoix", "reason", "doublon mq"));
        assertEquals(422, none.statusCode());
        assertTrue(none.body().contains("Choisissez le sujet où fusionner celui-ci."), none.body());
        assertTrue(none.body().contains("value=\"doublon mq\""), "the reason typed is kept");
        assertTrue(none.body().contains("name=\"q\" value=\"mqchoix\""), "and the search");
        HttpResponse<String> itself =
                act(admin, moderate + "merge", moderate + "merge", Map.of("target", String.valueOf(source.id())));
        assertEquals(422, itself.statusCode());
        assertTrue(itself.body().contains("ne peut pas être fusionné dans lui-même"), itself.body());

        HttpResponse<String> merged = act(
                admin,
                moderate + "merge",
                moderate + "merge",
                Map.of("target", String.valueOf(target.id()), "reason", "doublon mq"));
        assertEquals(303, merged.statusCode(), merged.body());
        assertTrue(merged.headers().firstValue("Location").orElseThrow().contains("/" + target.id()));
        assertLogged(admin, "TOPIC_MERGED", source.id());
    }

    @Test
    void retitlingFollowsTheTitleRulesAndTheOldAddressLeadsToTheNewOne() {
        WebClient fanny = member("Mq-Fanny");
        Forum.Place topic = Forum.topic(fanny, "mq-salle", "Titre avec une faute de frape", "Oups.");
        HttpResponse<String> tooShort =
                act(admin, topic.topicPath(), "/moderation/topics/" + topic.id() + "/retitle", Map.of("title", "ab"));
        assertEquals(422, tooShort.statusCode());

        assertEquals(
                303,
                act(
                                admin,
                                topic.topicPath(),
                                "/moderation/topics/" + topic.id() + "/retitle",
                                Map.of("title", "Titre sans faute de frappe"))
                        .statusCode());
        HttpResponse<String> old = new WebClient(uri).get(topic.topicPath());
        assertEquals(301, old.statusCode());
        assertTrue(old.headers()
                .firstValue("Location")
                .orElseThrow()
                .contains("/t/titre-sans-faute-de-frappe/" + topic.id()));
        assertLogged(admin, "TOPIC_RETITLED", topic.id());
    }

    @Test
    void slowModeMakesAMemberWaitAndKeepsTheText() {
        WebClient gael = member("Mq-Gael");
        Forum.Place topic =
                Forum.topic(member("Mq-Hugo"), "mq-salle", "Débat animé sur les horaires", "Ouvrons à 9 h.");
        assertEquals(
                303,
                act(
                                admin,
                                topic.topicPath(),
                                "/moderation/topics/" + topic.id() + "/slow-mode",
                                Map.of("seconds", "600"))
                        .statusCode());
        assertTrue(gael.get(topic.topicPath()).body().contains("Mode lent : 600 secondes"));
        Forum.reply(gael, topic, null, "Premier avis");
        HttpResponse<String> tooSoon = gael.submit(
                topic.topicPath(),
                topic.topicPath() + "/reply",
                Map.of("raw", "Deuxième avis tout de suite", "intent", "publish"));
        assertEquals(429, tooSoon.statusCode());
        assertTrue(tooSoon.body().contains("Deuxième avis tout de suite"), "the text is kept");
        assertTrue(tooSoon.headers().firstValue("Retry-After").isPresent());
        assertLogged(admin, "TOPIC_SLOW_MODE", topic.id());
    }

    private static String csrf(WebClient client, String page) {
        return client.get(page).body().replaceAll("(?s).*name=\"_csrf\" value=\"([^\"]*)\".*", "$1");
    }

    private static boolean before(String page, Forum.Place first, Forum.Place second) {
        int a = page.indexOf("href=\"" + first.topicPath() + "\"");
        int b = page.indexOf("href=\"" + second.topicPath() + "\"");
        assertTrue(a >= 0 && b >= 0, "both listed");
        return a < b;
    }
}
