package org.palabre.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.URL;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.function.Predicate;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.palabre.testing.Administrator;
import org.palabre.testing.Forum;
import org.palabre.testing.Members;
import org.palabre.testing.WebClient;

/**
 * What search finds follows what happens to posts: new posts and edits are found, and a post moved into a
 * group-only category, hidden by flags, withdrawn or deleted stops being found by those who may no longer read
 * it, and comes back when restored.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SearchFollowsChangesHttpIT {

    @ArquillianResource
    URL base;

    @Test
    void searchFollowsCreateEditMoveHideDeleteAndRestore() throws Exception {
        URI uri = base.toURI();
        Forum.publicCategory(uri, "suivi-sf");
        WebClient admin = Administrator.signedIn(uri);
        admin.submit("/groups", "/groups", Map.of("name", "bureau-sf", "description", ""));
        Forum.category(uri, "bureau-sf", "GROUPS", "bureau-sf", "GROUPS", "bureau-sf");
        WebClient member = Members.joined(uri, "Lina-sf", "lina.sf@collectif.test");
        WebClient visitor = new WebClient(uri);

        Forum.Place topic = Forum.topic(admin, "suivi-sf", "Affiches pour samedi", "Qui imprime? Axolotlsf.");
        assertFound(visitor, "axolotlsf", 1, "a new topic");
        Forum.Place reply = Forum.reply(member, topic, null, "Moi, avec la photocopieuse Capybarasf.");
        assertFound(visitor, "capybarasf", 1, "a new reply");

        long replyId = Forum.postId(member, reply);
        HttpResponse<String> edited = member.submit(
                "/p/" + replyId + "/edit",
                "/p/" + replyId + "/edit",
                Map.of(
                        "raw",
                        "Finalement la risographie Ornithorynquesf.",
                        "reason",
                        "changement",
                        "intent",
                        "publish"));
        assertEquals(303, edited.statusCode(), edited.body());
        assertFound(visitor, "ornithorynquesf", 1, "the edit's words");
        assertFound(visitor, "capybarasf", 0, "the words the edit removed");

        HttpResponse<String> flagged = Forum.json(
                admin, "POST", "/api/posts/" + replyId + "/flags", "{\"reason\":\"SPAM\",\"message\":\"test\"}");
        assertEquals(201, flagged.statusCode(), flagged.body());
        assertFound(visitor, "ornithorynquesf", 0, "a post hidden by flags, for visitors");
        assertFound(member, "ornithorynquesf", 0, "a post hidden by flags, for its author");
        assertFound(admin, "ornithorynquesf", 1, "a post hidden by flags, for staff");

        long firstId = Forum.postId(admin, topic);
        assertEquals(
                303,
                admin.submit(topic.topicPath(), "/moderation/posts/" + firstId + "/delete", Map.of("reason", "test"))
                        .statusCode());
        assertFound(admin, "axolotlsf", 0, "a deleted post, even for staff");
        assertEquals(
                303,
                admin.submit(topic.topicPath(), "/moderation/posts/" + firstId + "/restore", Map.of("reason", "test"))
                        .statusCode());
        assertFound(visitor, "axolotlsf", 1, "a restored post");

        assertEquals(
                303,
                admin.submit(
                                topic.topicPath(),
                                "/moderation/topics/" + topic.id() + "/move",
                                Map.of("category", "bureau-sf", "reason", "interne"))
                        .statusCode());
        assertFound(visitor, "axolotlsf", 0, "a topic moved into a group-only category, for visitors");
        assertFound(member, "axolotlsf", 0, "... and for members outside the group");
        assertFound(admin, "axolotlsf", 1, "... but staff");
        String categoryFilter =
                admin.get("/api/search?q=axolotlsf&category=bureau-sf").body();
        assertTrue(categoryFilter.contains("\"total\":1"), categoryFilter);
    }

    @Test
    void searchingByAuthorFollowsAPostGivenToAnotherMemberAndTheirDeletedAccount() throws Exception {
        URI uri = base.toURI();
        Forum.publicCategory(uri, "auteurs-sf");
        WebClient admin = Administrator.signedIn(uri);
        WebClient nour = Members.joined(uri, "Nour-sf", "nour.sf@collectif.test");
        WebClient tao = Members.joined(uri, "Tao-sf", "tao.sf@collectif.test");
        WebClient visitor = new WebClient(uri);
        // A reply: giving a topic's first post to someone changes the topic's author too, which reindexes it anyway.
        Forum.Place topic = Forum.topic(admin, "auteurs-sf", "Tracts du marché", "Qui relit?");
        Forum.Place reply = Forum.reply(nour, topic, null, "Relu par Quokkasf.");
        assertFound(visitor, "quokkasf @Nour-sf", 1, "by its author");

        long postId = Forum.postId(nour, reply);
        HttpResponse<String> given = Forum.json(
                admin,
                "POST",
                "/api/moderation/posts/" + postId + "/author",
                "{\"username\":\"Tao-sf\",\"reason\":\"écrit par Tao\"}");
        assertEquals(200, given.statusCode(), given.body());
        assertFound(visitor, "quokkasf @Tao-sf", 1, "by the member it was given to");
        assertFound(visitor, "quokkasf @Nour-sf", 0, "no longer by its first author");

        HttpResponse<String> deleted = Forum.json(
                tao, "POST", "/api/me/deletion", "{\"password\":\"" + Members.PASSWORD + "\",\"posts\":\"keep\"}");
        assertEquals(204, deleted.statusCode(), deleted.body());
        assertFound(visitor, "quokkasf", 1, "a kept post of a deleted account");
        assertFound(visitor, "quokkasf @Tao-sf", 0, "no longer by the deleted account's name");
        // The name is free again: whoever takes it is not the author of what the deleted account wrote.
        Members.joined(uri, "Tao-sf", "autre.tao.sf@collectif.test");
        assertFound(visitor, "quokkasf @Tao-sf", 0, "not by the new holder of the name");
    }

    /** Waits for the index to agree (changes to a topic reach its posts' documents just after the commit). */
    static void assertFound(WebClient reader, String query, int expected, String what) throws InterruptedException {
        // JSON-B writes the fields in alphabetical order: total comes last.
        Predicate<String> agrees = body -> body.matches("(?s).*\"total\":" + expected + "[,}].*");
        String body = "";
        for (int attempt = 0; attempt < 40; attempt++) {
            body = reader.get("/api/search?q=" + SearchLanguagesHttpIT.encode(query))
                    .body();
            if (agrees.test(body)) {
                return;
            }
            Thread.sleep(250);
        }
        throw new AssertionError(what + ": expected " + expected + " in " + body);
    }
}
