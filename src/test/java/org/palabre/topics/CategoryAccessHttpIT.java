package org.palabre.topics;

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
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.palabre.testing.Administrator;
import org.palabre.testing.Forum;
import org.palabre.testing.Members;
import org.palabre.testing.WebClient;

/** A category someone may not read does not exist for them: no list, page, count, profile or JSON shows it. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class CategoryAccessHttpIT {

    @ArquillianResource
    URL base;

    private URI uri;

    @BeforeEach
    void setUp() throws Exception {
        uri = base.toURI();
    }

    @Test
    void aMembersOnlyCategoryIsInvisibleToAnonymousReadersByEveryRoute() {
        Forum.category(uri, "coordination-interne", "MEMBERS", "", "MEMBERS", "");
        WebClient member = Members.joined(uri, "Apolline", "apolline@collectif.test");
        Forum.Place topic = Forum.topic(
                member,
                "coordination-interne",
                "Plan secret de la manifestation",
                "Rendez-vous **place Bellecour** à 14 h.");
        Forum.Place reply = Forum.reply(member, topic, 1, "Je confirme le lieu.");
        long postId = Forum.postId(member, reply);

        WebClient anonymous = new WebClient(uri);
        for (String path :
                List.of("/", "/categories", "/u/Apolline", "/api/topics", "/api/categories", "/categories.css")) {
            String body = anonymous.get(path).body();
            assertFalse(
                    body.contains("Plan secret") || body.contains("coordination-interne") || body.contains("Bellecour"),
                    path + " shows the hidden category: " + body);
        }
        for (String path : List.of(
                "/c/coordination-interne",
                topic.topicPath(),
                topic.topicPath() + "?view=tree",
                reply.postPath(),
                "/api/categories/coordination-interne",
                "/api/topics/" + topic.id(),
                "/api/posts/" + postId,
                "/api/posts/" + postId + "/revisions",
                "/p/" + postId + "/history",
                "/t/autre-slug/" + topic.id())) {
            assertEquals(404, anonymous.get(path).statusCode(), path + " must not exist for a visitor");
        }
        assertEquals(
                303,
                anonymous.get(topic.topicPath() + "/reply?to=1&quote=true").statusCode(),
                "quoting asks to sign in first");

        assertTrue(
                member.get("/").body().contains("Plan secret de la manifestation"),
                "members see it in the latest topics");
        assertTrue(member.get(topic.topicPath()).body().contains("Bellecour"));
        assertTrue(member.get("/api/categories").body().contains("coordination-interne"));
        assertTrue(member.get("/u/Apolline").body().contains("Plan secret"), "and on the author's profile");
    }

    @Test
    void aGroupCategoryIsReadOnlyByItsGroupAndStaff() {
        WebClient admin = Administrator.signedIn(uri);
        assertEquals(
                303,
                admin.submit("/groups", "/groups", Map.of("name", "collectif-nord", "description", "Lille"))
                        .statusCode());
        WebClient insider = Members.joined(uri, "Maelle", "maelle@collectif.test");
        WebClient outsider = Members.joined(uri, "Bastiane", "bastiane@collectif.test");
        assertEquals(
                303,
                admin.submit("/g/collectif-nord", "/g/collectif-nord/members", Map.of("username", "Maelle"))
                        .statusCode());
        Forum.category(uri, "nord-coordination", "GROUPS", "collectif-nord", "GROUPS", "collectif-nord");

        Forum.Place topic =
                Forum.topic(insider, "nord-coordination", "Tournée des marchés de Lille", "Qui prend Wazemmes ?");
        assertEquals(200, insider.get(topic.topicPath()).statusCode());
        assertEquals(200, admin.get(topic.topicPath()).statusCode(), "administrators read every category");
        assertEquals(404, outsider.get(topic.topicPath()).statusCode());
        assertEquals(404, outsider.get("/c/nord-coordination").statusCode());
        assertFalse(outsider.get("/").body().contains("Tournée des marchés"));
        assertFalse(outsider.get("/new-topic").body().contains("nord-coordination"), "nor offered to write in");
        assertEquals(
                404,
                outsider.submit("/new-topic", topic.topicPath() + "/reply", Map.of("raw", "Moi !", "intent", "publish"))
                        .statusCode(),
                "replying to what one cannot read finds nothing");
        assertEquals(
                422,
                outsider.submit(
                                "/new-topic",
                                "/new-topic",
                                Map.of(
                                        "category",
                                        "nord-coordination",
                                        "title",
                                        "Intrusion dans le groupe",
                                        "raw",
                                        "Bonjour",
                                        "intent",
                                        "publish"))
                        .statusCode(),
                "nor can a topic be started there");
    }

    @Test
    void aCategoryReadByEveryoneButWrittenByAGroupLetsOthersReadOnly() {
        WebClient admin = Administrator.signedIn(uri);
        assertEquals(
                303,
                admin.submit("/groups", "/groups", Map.of("name", "porte-paroles", "description", ""))
                        .statusCode());
        Forum.category(uri, "communiques", "EVERYONE", "", "GROUPS", "porte-paroles");
        Forum.Place topic = Forum.topic(admin, "communiques", "Communiqué du 20 novembre", "Texte du communiqué.");
        WebClient member = Members.joined(uri, "Honorine", "honorine@collectif.test");

        String page = member.get(topic.topicPath()).body();
        assertTrue(page.contains("Texte du communiqué."));
        assertFalse(page.contains("/reply?to=1"), "no reply action for a reader who may not write");
        assertEquals(
                403,
                member.submit(
                                topic.topicPath(),
                                topic.topicPath() + "/reply",
                                Map.of("raw", "Réponse", "intent", "publish"))
                        .statusCode());
        assertTrue(
                new WebClient(uri).get(topic.topicPath()).body().contains("Texte du communiqué."), "visitors read it");
    }

    /** A category's name reaches mail headers (List-Id) and every page: nothing in it may hide or reorder text. */
    @Test
    void aCategoryNameWithDirectionOverridesOrZeroWidthCharactersIsRefused() {
        WebClient admin = Administrator.signedIn(uri);
        for (String name : new String[] {"Facture \u202egpj.exe", "Ad\u200bmin", "Isolat \u2067x\u2069", "\ufeffNom"}) {
            String slug = "cachee-" + Integer.toHexString(name.hashCode());
            var refused = admin.submit(
                    "/admin/categories",
                    "/admin/categories",
                    Map.of(
                            "name", name,
                            "slug", slug,
                            "description", "",
                            "colour", "#336699",
                            "position", "0",
                            "readAccess", "EVERYONE",
                            "readGroups", "",
                            "writeAccess", "MEMBERS",
                            "writeGroups", ""));
            assertEquals(422, refused.statusCode(), name);
            assertTrue(refused.body().contains("Le nom contient des caractères invisibles"), name);
            assertEquals(404, new WebClient(uri).get("/c/" + slug).statusCode(), "no category was made");
        }
    }
}
