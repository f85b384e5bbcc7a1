package org.palabre.topics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

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

/** Topics and posts through the pages, as a member without JavaScript uses them. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class TopicsHttpIT {

    @ArquillianResource
    URL base;

    private URI uri;

    @BeforeEach
    void setUp() throws Exception {
        uri = base.toURI();
        Forum.sharedPublicCategory(uri, "campagne-tests");
    }

    @Test
    void aReplyToAPostRecordsItAsParentAndTheTreeViewNestsIt() {
        WebClient noemie = Members.joined(uri, "Noélie", "noelie.t@collectif.test");
        WebClient denis = Members.joined(uri, "denis-t", "denis.t@collectif.test");
        Forum.Place topic = Forum.topic(
                noemie, "campagne-tests", "Lancement de la campagne VSA", "On lance la campagne **aujourd’hui**.");
        Forum.Place second = Forum.reply(denis, topic, null, "Je m’occupe des marchés publics.");
        Forum.Place third = Forum.reply(noemie, topic, 2, "Merci Denis, envoie les documents.");
        assertEquals(2, second.number());
        assertEquals(3, third.number());

        String flat = new WebClient(uri).get(topic.topicPath()).body();
        assertTrue(
                flat.indexOf("id=\"p1\"") < flat.indexOf("id=\"p2\"")
                        && flat.indexOf("id=\"p2\"") < flat.indexOf("id=\"p3\""),
                "time order");
        assertTrue(flat.contains("href=\"" + topic.topicPath() + "/2\">en réponse à denis-t (n° 2)</a>"), flat);
        assertTrue(flat.contains("<strong>aujourd’hui</strong>"), "markdown is rendered");

        Forum.reply(denis, topic, 1, "Autre branche, en réponse au premier message.");
        String tree = new WebClient(uri).get(topic.topicPath() + "?view=tree").body();
        assertTrue(tree.contains("class=\"post depth-1\" id=\"p3\""), "the reply to #2 nests under it: " + tree);
        assertTrue(tree.contains("class=\"post depth-1\" id=\"p4\""), "the reply to #1 under the first post");
        assertTrue(
                tree.contains("class=\"post depth-0\" id=\"p2\""), "a reply to the topic itself is at the top level");
        assertTrue(
                tree.indexOf("id=\"p1\"") < tree.indexOf("id=\"p4\"")
                        && tree.indexOf("id=\"p4\"") < tree.indexOf("id=\"p2\""),
                "a branch is shown whole before the next one");

        assertEquals(
                302,
                new WebClient(uri).get(third.postPath()).statusCode(),
                "a permalink leads to the page holding the post");
        assertEquals(404, new WebClient(uri).get(topic.topicPath() + "/99").statusCode());
        HttpResponse<String> wrongSlug = new WebClient(uri).get("/t/ancien-titre/" + topic.id() + "?view=tree");
        assertEquals(301, wrongSlug.statusCode());
        assertTrue(wrongSlug.headers().firstValue("Location").orElseThrow().endsWith(topic.topicPath() + "?view=tree"));
    }

    @Test
    void deepChainsAreFoldedInTheTreeAndTheirBranchCanBeOpened() {
        WebClient member = Members.joined(uri, "Chaine", "chaine@collectif.test");
        Forum.Place topic = Forum.topic(member, "campagne-tests", "Une longue discussion en chaîne", "Début");
        for (int parent = 1; parent <= 9; parent++) {
            Forum.reply(member, topic, parent, "Réponse au message " + parent);
        }
        String tree = new WebClient(uri).get(topic.topicPath() + "?view=tree").body();
        assertTrue(tree.contains("id=\"p7\""), "six levels are shown");
        assertFalse(tree.contains("id=\"p8\""), "deeper ones are folded");
        assertTrue(tree.contains("?view=tree&amp;root=7"), "with a link to the rest of the branch");
        String branch =
                new WebClient(uri).get(topic.topicPath() + "?view=tree&root=7").body();
        assertTrue(
                branch.contains("id=\"p8\"") && branch.contains("id=\"p10\"") && !branch.contains("id=\"p1\""), branch);
    }

    @Test
    void quotingPrefillsTheReplyWithTheAttributedSourceAndPreviewShowsItWithoutSaving() {
        WebClient lea = Members.joined(uri, "lea-q", "lea.q@collectif.test");
        WebClient sacha = Members.joined(uri, "sacha-q", "sacha.q@collectif.test");
        Forum.Place topic = Forum.topic(
                lea,
                "campagne-tests",
                "Carte des caméras du 3e",
                "Il y a **88 caméras** dans le 3e.\nDont 12 nouvelles.");

        String form = sacha.get(topic.topicPath() + "/reply?to=1&quote=true").body();
        assertTrue(
                form.contains("&gt; [@lea-q a écrit](" + topic.topicPath() + "/1) :"),
                "attributed and linked: " + form);
        assertTrue(form.contains("&gt; Il y a **88 caméras** dans le 3e.\n&gt; Dont 12 nouvelles."), form);
        assertTrue(form.contains("name=\"replyTo\" value=\"1\""));

        String quote = "> [@lea-q a écrit](" + topic.topicPath()
                + "/1) :\n>\n> Il y a **88 caméras** dans le 3e.\n\nJe vérifie le chiffre.";
        HttpResponse<String> preview = sacha.submit(
                topic.topicPath() + "/reply?to=1",
                topic.topicPath() + "/reply",
                Map.of("raw", quote, "replyTo", "1", "intent", "preview"));
        assertEquals(200, preview.statusCode());
        assertTrue(
                preview.body().contains("<blockquote>") && preview.body().contains("<strong>88 caméras</strong>"),
                preview.body());
        assertTrue(preview.body().contains("Je vérifie le chiffre.</textarea>"), "the text is kept in the form");
        assertFalse(new WebClient(uri).get(topic.topicPath()).body().contains("Je vérifie"), "a preview saves nothing");

        Forum.Place reply = Forum.reply(sacha, topic, 1, quote);
        String page = new WebClient(uri).get(topic.topicPath()).body();
        assertTrue(
                page.contains("<a href=\"" + topic.topicPath() + "/1\">&#64;lea-q a écrit</a>"),
                "the quote links to its source: " + page);
        assertEquals(2, reply.number());
    }

    @Test
    void anEditKeepsARevisionWithItsReasonAndTheHistoryShowsWhatChanged() {
        WebClient author = Members.joined(uri, "rachid-e", "rachid.e@collectif.test");
        WebClient other = Members.joined(uri, "intrus-e", "intrus.e@collectif.test");
        Forum.Place topic = Forum.topic(
                author,
                "campagne-tests",
                "Table au marché samedi",
                "Rendez-vous à 9 h au marché.\nApportez des tracts.");
        long postId = Forum.postId(author, topic);

        assertEquals(403, other.get("/p/" + postId + "/edit").statusCode(), "nobody else edits a member's post");
        assertEquals(
                403,
                other.submit(
                                "/p/" + postId + "/history",
                                "/p/" + postId + "/edit",
                                Map.of("raw", "Vandalisme", "reason", "", "intent", "publish"))
                        .statusCode());

        HttpResponse<String> edited = author.submit(
                "/p/" + postId + "/edit",
                "/p/" + postId + "/edit",
                Map.of(
                        "raw",
                        "Rendez-vous à 10 h au marché.\nApportez des tracts.",
                        "reason",
                        "horaire corrigé",
                        "intent",
                        "publish"));
        assertEquals(303, edited.statusCode(), edited.body());
        String page = new WebClient(uri).get(topic.topicPath()).body();
        assertTrue(page.contains("Rendez-vous à 10 h au marché."));
        assertTrue(page.contains("href=\"/p/" + postId + "/history\">modifié</a>"), "the post says it was edited");

        String history = new WebClient(uri).get("/p/" + postId + "/history").body();
        assertTrue(history.contains("Version 2") && history.contains("Version 1"), history);
        assertTrue(history.contains("raison : horaire corrigé"));
        assertTrue(
                history.contains("<del>9</del>") && history.contains("<ins>10</ins>"),
                "the changed word is marked: " + history);
        assertTrue(Forum.json(author, "GET", "/api/posts/" + postId + "/revisions", null)
                .body()
                .contains("Rendez-vous à 9 h"));
    }

    @Test
    void aWithdrawnPostStaysInPlaceMarkedAndOnlyModeratorsStillReadIt() {
        WebClient author = Members.joined(uri, "retrait", "retrait@collectif.test");
        Forum.Place topic = Forum.topic(
                author, "campagne-tests", "Un message que je regrette", "Ceci était une erreur de ma part.");
        Forum.Place reply = Forum.reply(author, topic, null, "Message à retirer tout de suite.");
        long postId = Forum.postId(author, reply);

        assertEquals(
                303,
                author.submit(topic.topicPath(), "/p/" + postId + "/withdraw", Map.of())
                        .statusCode());
        String anonymous = new WebClient(uri).get(topic.topicPath()).body();
        assertTrue(anonymous.contains("Ce message a été retiré."));
        assertFalse(anonymous.contains("Message à retirer"), "its content is gone for readers");
        assertEquals(404, new WebClient(uri).get("/p/" + postId + "/history").statusCode(), "and from its history");
        assertFalse(Forum.json(new WebClient(uri), "GET", "/api/posts/" + postId, null)
                .body()
                .contains("Message à retirer"));
        assertTrue(
                Administrator.signedIn(uri).get(topic.topicPath()).body().contains("Message à retirer"),
                "staff still read it");
    }

    @Test
    void unreadCountsFollowWhatEachMemberHasRead() {
        WebClient reader = Members.joined(uri, "lectrice", "lectrice@collectif.test");
        WebClient writer = Members.joined(uri, "ecrivain", "ecrivain@collectif.test");
        Forum.Place topic = Forum.topic(writer, "campagne-tests", "Suivi des lectures non lues", "Premier message.");
        assertTrue(
                row(reader.get("/c/campagne-tests").body(), topic).contains("nouveau"), "a topic never opened is new");

        reader.get(topic.topicPath());
        assertFalse(row(reader.get("/c/campagne-tests").body(), topic).contains("non lus"), "everything read");
        Forum.reply(writer, topic, null, "Deuxième message.");
        Forum.reply(writer, topic, null, "Troisième message.");
        assertTrue(
                row(reader.get("/c/campagne-tests").body(), topic).contains("2 non lus"),
                row(reader.get("/c/campagne-tests").body(), topic));
        reader.get(topic.topicPath());
        assertFalse(row(reader.get("/").body(), topic).contains("non lus"));
    }

    @Test
    void longTopicsArePaginatedAndPermalinksFindTheRightPage() {
        WebClient member = Members.joined(uri, "bavarde", "bavarde@collectif.test");
        Forum.Place topic = Forum.topic(member, "campagne-tests", "Un sujet de plusieurs pages", "Message 1");
        for (int i = 2; i <= 7; i++) {
            Forum.reply(member, topic, null, "Message " + i);
        }
        String firstPage = new WebClient(uri).get(topic.topicPath() + "?size=3").body();
        assertTrue(firstPage.contains("id=\"p3\"") && !firstPage.contains("id=\"p4\""), "three per page");
        assertTrue(firstPage.contains("Page 1 sur 3"));
        HttpResponse<String> permalink = new WebClient(uri).get(topic.topicPath() + "/5?size=3");
        assertTrue(
                permalink
                        .headers()
                        .firstValue("Location")
                        .orElseThrow()
                        .endsWith(topic.topicPath() + "?page=2&size=3#p5"),
                permalink.headers().toString());
        assertTrue(new WebClient(uri)
                .get(topic.topicPath() + "?page=3&size=3")
                .body()
                .contains("id=\"p7\""));
        assertEquals(
                200,
                new WebClient(uri).get(topic.topicPath() + "?size=100000").statusCode(),
                "the size is capped, not refused");
    }

    @Test
    void titlesAndEmptyPostsAreRefusedWithTheReasonAndNothingTypedIsLost() {
        WebClient member = Members.joined(uri, "Titres", "titres@collectif.test");
        HttpResponse<String> tooShort = member.submit(
                "/new-topic",
                "/new-topic",
                Map.of("category", "campagne-tests", "title", "Oui", "raw", "Un texte à garder", "intent", "publish"));
        assertEquals(422, tooShort.statusCode());
        assertTrue(tooShort.body().contains("Un titre fait de 5 à 200 caractères."));
        assertTrue(tooShort.body().contains("Un texte à garder</textarea>"));
        HttpResponse<String> empty = member.submit(
                "/new-topic",
                "/new-topic",
                Map.of("category", "campagne-tests", "title", "Titre correct ici", "raw", "   ", "intent", "publish"));
        assertEquals(422, empty.statusCode());
        assertTrue(empty.body().contains("Écrivez d’abord quelque chose."));
    }

    private static String row(String listing, Forum.Place topic) {
        int at = listing.indexOf("href=\"" + topic.topicPath() + "\"");
        if (at < 0) {
            throw new AssertionError(topic.topicPath() + " not listed in " + listing);
        }
        int end = listing.indexOf("</tr>", at);
        return listing.substring(at, end);
    }
}
