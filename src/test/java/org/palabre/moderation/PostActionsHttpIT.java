package org.palabre.moderation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.palabre.moderation.ModerationCalls.act;
import static org.palabre.moderation.ModerationCalls.api;
import static org.palabre.moderation.ModerationCalls.assertLogged;
import static org.palabre.moderation.ModerationCalls.numbersAndMarkers;

import java.net.URI;
import java.net.URL;
import java.net.http.HttpResponse;
import java.util.List;
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

/** Deleting, splitting, merging and reattributing posts; and who may do any moderation at all. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PostActionsHttpIT {

    @ArquillianResource
    URL base;

    private URI uri;
    private WebClient admin;

    @BeforeEach
    void forum() throws Exception {
        uri = base.toURI();
        admin = Administrator.signedIn(uri);
        Forum.sharedPublicCategory(uri, "mq-atelier");
    }

    private WebClient member(String name) {
        return Members.joined(uri, name, name.toLowerCase() + "@moderation.test");
    }

    @Test
    void aDeletedPostKeepsItsPlaceMembersReadThatItWasDeletedAndStaffStillReadIt() {
        WebClient ines = member("Mq-Ines");
        Forum.Place topic = Forum.topic(ines, "mq-atelier", "Atelier vélo de samedi", "mqouverture du sujet");
        Forum.Place reply = Forum.reply(ines, topic, null, "mqinsulte bien sentie");
        long postId = Forum.postId(ines, reply);

        assertEquals(
                303,
                act(admin, topic.topicPath(), "/moderation/posts/" + postId + "/delete", Map.of("reason", "insulte"))
                        .statusCode());
        WebClient visitor = new WebClient(uri);
        String page = visitor.get(topic.topicPath()).body();
        assertTrue(page.contains("Ce message a été supprimé par un modérateur."), page);
        assertFalse(page.contains("mqinsulte"), "its words are gone for readers");
        assertEquals(
                List.of("1 mqouverture", "2 -"), numbersAndMarkers(ines, topic.id()), "in place, without its text");
        assertTrue(admin.get(topic.topicPath()).body().contains("mqinsulte"), "staff still read it");
        assertLogged(admin, "POST_DELETED", postId);

        assertEquals(
                303,
                act(admin, topic.topicPath(), "/moderation/posts/" + postId + "/restore", Map.of())
                        .statusCode());
        assertEquals(List.of("1 mqouverture", "2 mqinsulte"), numbersAndMarkers(visitor, topic.id()));
        assertLogged(admin, "POST_RESTORED", postId);
    }

    @Test
    void aPostGivenToAnotherMemberShowsThemAsItsAuthor() {
        WebClient jules = member("Mq-Jules");
        member("Mq-Kim");
        Forum.Place topic = Forum.topic(jules, "mq-atelier", "Posté depuis le mauvais compte", "mqcompte partagé");
        long postId = Forum.postId(jules, topic);
        assertEquals(
                303,
                act(admin, topic.topicPath(), "/moderation/posts/" + postId + "/author", Map.of("username", "mq-kim"))
                        .statusCode());
        assertTrue(Forum.json(jules, "GET", "/api/posts/" + postId, null).body().contains("\"author\":\"Mq-Kim\""));
        assertLogged(admin, "POST_AUTHOR_CHANGED", postId);
    }

    @Test
    void splitThenMergeKeepsEveryPostExactlyOnceInTimeOrderWithValidReplies() {
        WebClient lou = member("Mq-Lou");
        Forum.Place topic = Forum.topic(lou, "mq-atelier", "Outils et pièces détachées", "mqun");
        Forum.reply(lou, topic, null, "mqdeux");
        Forum.reply(lou, topic, null, "mqtrois hors sujet");
        Forum.reply(lou, topic, 3, "mqquatre répond au trois");
        Forum.reply(lou, topic, 2, "mqcinq répond au deux");

        HttpResponse<String> split = act(
                admin,
                "/moderation/topics/" + topic.id() + "/split",
                "/moderation/topics/" + topic.id() + "/split",
                Map.of("post", "3", "title", "Digression sur les chambres à air"));
        assertEquals(303, split.statusCode(), split.body());
        Forum.Place aside = Forum.placeOf(split);
        assertEquals(
                List.of("1 mqun", "2 mqdeux", "4 mqquatre", "5 mqcinq"),
                numbersAndMarkers(lou, topic.id()),
                "numbers left behind stay unused");
        assertEquals(List.of("1 mqtrois"), numbersAndMarkers(lou, aside.id()));
        assertLogged(admin, "TOPIC_SPLIT", topic.id());

        // The API moves the reply to the moved post along with it.
        HttpResponse<String> viaApi = api(
                admin,
                ModerationCalls.token(admin, Administrator.PASSWORD),
                "POST",
                "/api/moderation/topics/" + topic.id() + "/split",
                "{\"posts\":[4],\"title\":\"Encore une digression\"}");
        assertEquals(200, viaApi.statusCode(), viaApi.body());
        long second = ModerationCalls.topicIdIn(viaApi.body());
        assertEquals(List.of("1 mqquatre"), numbersAndMarkers(lou, second));
        assertEquals(List.of("1 mqun", "2 mqdeux", "5 mqcinq"), numbersAndMarkers(lou, topic.id()));
        assertFalse(
                Forum.json(lou, "GET", "/api/topics/" + second, null).body().contains("\"replyTo\":"),
                "its parent stayed behind: a reply to the topic now");

        assertEquals(
                303,
                act(
                                admin,
                                aside.topicPath(),
                                "/moderation/topics/" + aside.id() + "/merge",
                                Map.of("target", String.valueOf(topic.id())))
                        .statusCode());
        assertEquals(
                303,
                act(
                                admin,
                                topic.topicPath(),
                                "/moderation/topics/" + second + "/merge",
                                Map.of("target", String.valueOf(topic.id())))
                        .statusCode());
        assertEquals(
                List.of("1 mqun", "2 mqdeux", "3 mqtrois", "4 mqquatre", "5 mqcinq"),
                numbersAndMarkers(lou, topic.id()),
                "every post once, in the order written");
        String merged = Forum.json(lou, "GET", "/api/topics/" + topic.id() + "?size=200", null)
                .body();
        java.util.regex.Matcher fifth = java.util.regex.Pattern.compile("\\{[^{}]*\"number\":5,[^{}]*\\}")
                .matcher(merged);
        assertTrue(
                fifth.find() && fifth.group().contains("\"replyTo\":2"),
                "the fifth still answers the second: " + merged);
        HttpResponse<String> pointer = new WebClient(uri).get(aside.topicPath());
        assertEquals(301, pointer.statusCode(), "the merged topic leads to where its posts went");
        assertTrue(pointer.headers().firstValue("Location").orElseThrow().endsWith(topic.topicPath()));
        assertFalse(admin.get("/c/mq-atelier").body().contains(aside.topicPath()), "and is in no list");
        assertLogged(admin, "TOPIC_MERGED", aside.id());
    }

    @Test
    void aMemberCallingAnyActionByUrlOrTokenIsRefused() {
        WebClient mia = member("Mq-Mia");
        Forum.Place topic = Forum.topic(mia, "mq-atelier", "Sujet que Mia voudrait fermer", "mqmia");
        String other = String.valueOf(
                Forum.topic(mia, "mq-atelier", "Autre sujet de Mia", "mqautre").id());
        long postId = Forum.postId(mia, topic);
        String csrf = mia.get(topic.topicPath()).body().replaceAll("(?s).*name=\"_csrf\" value=\"([^\"]*)\".*", "$1");
        for (String action : List.of(
                "close",
                "reopen",
                "pin",
                "unpin",
                "archive",
                "unarchive",
                "unlist",
                "relist",
                "move",
                "retitle",
                "slow-mode",
                "merge",
                "split")) {
            HttpResponse<String> refused = mia.post(
                    "/moderation/topics/" + topic.id() + "/" + action,
                    Map.of(
                            "_csrf",
                            csrf,
                            "category",
                            "mq-atelier",
                            "title",
                            "Un autre titre correct",
                            "seconds",
                            "5",
                            "target",
                            other,
                            "post",
                            "2"));
            assertEquals(403, refused.statusCode(), action);
        }
        for (String action : List.of("delete", "restore", "author")) {
            assertEquals(
                    403,
                    mia.post("/moderation/posts/" + postId + "/" + action, Map.of("_csrf", csrf, "username", "mq-mia"))
                            .statusCode(),
                    action);
        }
        assertEquals(
                403,
                mia.post("/moderation/members/Mq-Mia/trust", Map.of("_csrf", csrf))
                        .statusCode());
        assertEquals(403, mia.get("/review/approvals").statusCode());
        assertEquals(
                403,
                mia.post("/review/approvals/" + postId + "/approve", Map.of("_csrf", csrf))
                        .statusCode());
        assertEquals(403, mia.get("/admin/watched-words").statusCode());
        assertEquals(
                403,
                mia.post("/admin/watched-words", Map.of("_csrf", csrf, "phrase", "mot", "action", "BLOCK"))
                        .statusCode());

        String token = ModerationCalls.token(mia);
        for (String action :
                List.of("close", "pin", "archive", "unlist", "move", "retitle", "slow-mode", "split", "merge")) {
            HttpResponse<String> refused = api(
                    mia,
                    token,
                    "POST",
                    "/api/moderation/topics/" + topic.id() + "/" + action,
                    "{\"category\":\"mq-atelier\",\"title\":\"Un autre titre correct\",\"seconds\":5,\"target\":"
                            + other + ",\"posts\":[2]}");
            assertEquals(403, refused.statusCode(), action + " " + refused.body());
        }
        for (String action : List.of("delete", "restore", "author")) {
            assertEquals(
                    403,
                    api(
                                    mia,
                                    token,
                                    "POST",
                                    "/api/moderation/posts/" + postId + "/" + action,
                                    "{\"username\":\"mq-mia\"}")
                            .statusCode());
        }
        assertEquals(
                403,
                api(mia, token, "POST", "/api/moderation/members/Mq-Mia/trust", "{}")
                        .statusCode());
        assertEquals(
                403, api(mia, token, "GET", "/api/moderation/approvals", null).statusCode());
        assertEquals(
                403,
                api(mia, token, "POST", "/api/moderation/approvals/" + postId + "/approve", null)
                        .statusCode());
        assertEquals(
                403,
                api(mia, token, "GET", "/api/moderation/watched-words", null).statusCode());
        assertEquals(
                403,
                api(mia, token, "POST", "/api/moderation/watched-words", "{\"phrase\":\"mot\",\"action\":\"BLOCK\"}")
                        .statusCode());
        assertEquals(0, ModerationCalls.logged(admin, "TOPIC_CLOSED", topic.id()), "nothing was done");
        assertFalse(mia.get(topic.topicPath()).body().contains("class=\"moderation-menu\""), "and no menu is offered");
    }

    @Test
    void aCategoryModeratorActsInTheirCategoryOnly() {
        Forum.sharedPublicCategory(uri, "mq-jardin");
        WebClient nils = member("Mq-Nils");
        admin.submit("/groups", "/groups", Map.of("name", "mq-jardiniers", "description", ""));
        assertEquals(
                303,
                admin.submit("/g/mq-jardiniers", "/g/mq-jardiniers/members", Map.of("username", "Mq-Nils"))
                        .statusCode());
        assertEquals(
                303,
                admin.submit(
                                "/admin/categories/mq-jardin",
                                "/admin/categories/mq-jardin/moderators",
                                Map.of("group", "mq-jardiniers"))
                        .statusCode(),
                "the category's administration page names its moderator group");
        assertTrue(admin.get("/admin/categories/mq-jardin").body().contains("value=\"mq-jardiniers\""));
        assertEquals(
                400,
                admin.submit(
                                "/admin/categories/mq-jardin",
                                "/admin/categories/mq-jardin/moderators",
                                Map.of("group", "mq-inconnus"))
                        .statusCode(),
                "an unknown group is refused");
        Forum.Place inGarden = Forum.topic(nils, "mq-jardin", "Semis de printemps au jardin", "mqsemis");
        Forum.Place inWorkshop = Forum.topic(nils, "mq-atelier", "Clé de dix introuvable", "mqcle");

        assertTrue(nils.get(inGarden.topicPath()).body().contains("class=\"moderation-menu\""));
        assertEquals(
                303,
                act(nils, inGarden.topicPath(), "/moderation/topics/" + inGarden.id() + "/close", Map.of())
                        .statusCode());
        assertLogged(admin, "TOPIC_CLOSED", inGarden.id());
        assertEquals(
                403,
                act(nils, inWorkshop.topicPath(), "/moderation/topics/" + inWorkshop.id() + "/close", Map.of())
                        .statusCode());
        assertEquals(
                403,
                act(
                                nils,
                                inGarden.topicPath(),
                                "/moderation/topics/" + inGarden.id() + "/move",
                                Map.of("category", "mq-atelier"))
                        .statusCode(),
                "moving out needs the other category too");
        String token = ModerationCalls.token(nils);
        assertEquals(
                403,
                api(nils, token, "POST", "/api/moderation/topics/" + inWorkshop.id() + "/pin", "{}")
                        .statusCode());
        assertEquals(
                200,
                api(
                                nils,
                                token,
                                "POST",
                                "/api/moderation/topics/" + inGarden.id() + "/pin",
                                "{\"reason\":\"important\"}")
                        .statusCode());
        assertEquals(0, ModerationCalls.logged(admin, "TOPIC_CLOSED", inWorkshop.id()));
    }
}
