package org.palabre.mentions;

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

/** @group mentions: who may make them (the group's policy), whom they tell, and how they show. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class GroupMentionsHttpIT {

    private static final String CATEGORY = "mentions-de-groupe-gm";

    @ArquillianResource
    URL base;

    private URI uri;

    @BeforeEach
    void setUp() throws Exception {
        uri = base.toURI();
        Forum.sharedPublicCategory(uri, CATEGORY);
    }

    @Test
    void aMemberMentioningTheirGroupTellsItsOtherMembersAndADirectMentionWins() {
        WebClient author = Members.joined(uri, "Alix-gm", "alix.gm@collectif.test");
        WebClient bruno = Members.joined(uri, "Bruno-gm", "bruno.gm@collectif.test");
        WebClient chloe = Members.joined(uri, "Chloe-gm", "chloe.gm@collectif.test");
        WebClient outsider = Members.joined(uri, "Dora-gm", "dora.gm@collectif.test");
        group("lyon-gm", "Alix-gm", "Bruno-gm", "Chloe-gm");

        Forum.Place topic = Forum.topic(
                author,
                CATEGORY,
                "Manifestation de samedi",
                "@lyon-gm on se retrouve où ? @Bruno-gm tu as la banderole ?");

        String page = new WebClient(uri).get(topic.topicPath()).body();
        assertTrue(page.contains("<a href=\"/g/lyon-gm\" class=\"mention-group\">&#64;lyon-gm</a>"), page);
        List<String> toChloe = notifications(chloe);
        assertEquals(1, toChloe.size(), toChloe.toString());
        assertTrue(
                toChloe.get(0).contains("\"kind\":\"GROUP_MENTIONED\"")
                        && toChloe.get(0).contains(topic.postPath()),
                toChloe.get(0));
        assertTrue(chloe.get("/notifications")
                .body()
                .contains("Alix-gm a mentionné votre groupe dans « Manifestation de samedi »"));
        List<String> toBruno = notifications(bruno);
        assertEquals(1, toBruno.size(), "one notification per member and post: " + toBruno);
        assertTrue(
                toBruno.get(0).contains("\"kind\":\"MENTIONED\""),
                "named, so mentioned rather than group-mentioned: " + toBruno);
        assertEquals(List.of(), notifications(author), "the author is never told of their own post");
        assertEquals(List.of(), notifications(outsider));
    }

    @Test
    void theGroupsPolicyDecidesWhoMayMentionItAndOnlyItsManagersChangeIt() {
        WebClient member = Members.joined(uri, "Emile-gm", "emile.gm@collectif.test");
        WebClient fellow = Members.joined(uri, "Flora-gm", "flora.gm@collectif.test");
        WebClient outsider = Members.joined(uri, "Gaspard-gm", "gaspard.gm@collectif.test");
        group("bureau-gm", "Emile-gm", "Flora-gm");

        Forum.Place refused =
                Forum.topic(outsider, CATEGORY, "Question au bureau", "@bureau-gm qui signe la convention ?");
        assertFalse(
                new WebClient(uri).get(refused.topicPath()).body().contains("href=\"/g/bureau-gm\""),
                "not theirs to mention: plain text");
        assertEquals(List.of(), notifications(fellow), "by default only the group's members may mention it");

        assertEquals(
                403,
                outsider.submit("/g/bureau-gm", "/g/bureau-gm/mention-policy", Map.of("policy", "EVERYONE"))
                        .statusCode());
        WebClient admin = Administrator.signedIn(uri);
        assertEquals(
                303,
                admin.submit("/g/bureau-gm", "/g/bureau-gm/mention-policy", Map.of("policy", "EVERYONE"))
                        .statusCode());
        assertTrue(
                admin.get("/g/bureau-gm").body().contains("<option value=\"EVERYONE\" selected>"),
                "the form shows the policy");
        assertEquals(
                400,
                admin.submit("/g/bureau-gm", "/g/bureau-gm/mention-policy", Map.of("policy", "ALL"))
                        .statusCode());

        Forum.Place allowed = Forum.topic(outsider, CATEGORY, "Seconde question au bureau", "@bureau-gm et la salle ?");
        assertTrue(new WebClient(uri)
                .get(allowed.topicPath())
                .body()
                .contains("href=\"/g/bureau-gm\" class=\"mention-group\""));
        assertEquals(1, notifications(fellow).size());
        assertEquals(1, notifications(member).size());

        assertEquals(
                303,
                admin.submit("/g/bureau-gm", "/g/bureau-gm/mention-policy", Map.of("policy", "NOBODY"))
                        .statusCode());
        Forum.topic(member, CATEGORY, "Compte rendu du bureau", "@bureau-gm le compte rendu est en ligne.");
        assertEquals(1, notifications(fellow).size(), "nobody may mention it now, not even its members");

        assertEquals(
                303,
                admin.submit("/g/bureau-gm", "/g/bureau-gm/mention-policy", Map.of("policy", "MODERATORS"))
                        .statusCode());
        Forum.topic(outsider, CATEGORY, "Troisième question au bureau", "@bureau-gm et les clés ?");
        assertEquals(1, notifications(fellow).size(), "a plain member is no moderator");
        Forum.topic(admin, CATEGORY, "Message de l’administration", "@bureau-gm merci pour la convention.");
        assertEquals(2, notifications(fellow).size(), "staff may");
    }

    @Test
    void membersWhoCannotReadTheCategoryAreNotToldOfTheGroupMention() {
        WebClient author = Members.joined(uri, "Hector-gm", "hector.gm@collectif.test");
        WebClient insider = Members.joined(uri, "Iris-gm", "iris.gm@collectif.test");
        WebClient outside = Members.joined(uri, "Jonas-gm", "jonas.gm@collectif.test");
        group("militants-gm", "Hector-gm", "Iris-gm", "Jonas-gm");
        group("coordination-gm", "Hector-gm", "Iris-gm");
        Forum.category(uri, "coordination-privee-gm", "GROUPS", "coordination-gm", "GROUPS", "coordination-gm");

        Forum.topic(author, "coordination-privee-gm", "Préparation discrète", "@militants-gm vous êtes prévenus.");

        assertEquals(1, notifications(insider).size());
        assertEquals(
                List.of(), notifications(outside), "the topic stays hidden from a member who cannot read its category");
    }

    @Test
    void anEditThatAddsAGroupMentionTellsItsMembersOnceAndNotTwice() {
        WebClient author = Members.joined(uri, "Katell-gm", "katell.gm@collectif.test");
        WebClient member = Members.joined(uri, "Loic-gm", "loic.gm@collectif.test");
        group("cuisine-gm", "Katell-gm", "Loic-gm");
        Forum.Place topic = Forum.topic(author, CATEGORY, "Repas de quartier", "Qui cuisine ?");
        long postId = postId(author, topic);

        for (String raw : List.of("Qui cuisine ? @cuisine-gm", "Qui cuisine ? @cuisine-gm, vite !")) {
            HttpResponse<String> edited = author.submit(
                    "/p/" + postId + "/edit",
                    "/p/" + postId + "/edit",
                    Map.of("raw", raw, "reason", "précision", "intent", "publish"));
            assertEquals(303, edited.statusCode(), edited.body());
        }

        List<String> told = notifications(member);
        assertEquals(1, told.size(), told.toString());
        assertTrue(told.get(0).contains("\"kind\":\"GROUP_MENTIONED\""), told.get(0));
        assertTrue(new WebClient(uri)
                .get(topic.topicPath())
                .body()
                .contains("href=\"/g/cuisine-gm\" class=\"mention-group\""));
    }

    private void group(String name, String... members) {
        WebClient admin = Administrator.signedIn(uri);
        assertEquals(
                303,
                admin.submit("/groups", "/groups", Map.of("name", name, "description", "Groupe de test"))
                        .statusCode());
        for (String member : members) {
            assertEquals(
                    303,
                    admin.submit("/g/" + name, "/g/" + name + "/members", Map.of("username", member))
                            .statusCode());
        }
    }
}
