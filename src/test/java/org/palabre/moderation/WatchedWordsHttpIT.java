package org.palabre.moderation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.URL;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.palabre.testing.Administrator;
import org.palabre.testing.Forum;
import org.palabre.testing.Members;
import org.palabre.testing.WebClient;

/** Watched words block, hold or flag posts, whatever the case and accents, with wildcards and no regular expressions. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class WatchedWordsHttpIT {

    @ArquillianResource
    URL base;

    private URI uri;
    private WebClient admin;

    @BeforeEach
    void forum() throws Exception {
        uri = base.toURI();
        admin = Administrator.signedIn(uri);
        Forum.sharedPublicCategory(uri, "mq-mots");
    }

    /** Watched words apply to the whole site: every one added here goes again, whatever the outcome. */
    @AfterEach
    void removeWords() {
        Matcher remove = Pattern.compile("action=\"(/admin/watched-words/[0-9]+/remove)\"")
                .matcher(admin.get("/admin/watched-words").body());
        while (remove.find()) {
            admin.submit("/admin/watched-words", remove.group(1), Map.of());
        }
    }

    private void watch(String phrase, String action) {
        assertEquals(
                303,
                admin.submit("/admin/watched-words", "/admin/watched-words", Map.of("phrase", phrase, "action", action))
                        .statusCode());
    }

    @Test
    void aBlockedWordRefusesThePostNamingTheWordAndKeepsTheTextWhateverTheCaseAndAccents() {
        watch("surveillance", "BLOCK");
        assertTrue(admin.get("/admin/watched-words").body().contains("surveillance"));
        WebClient olga = Members.joined(uri, "Mq-Olga", "mq-olga@moderation.test");
        Forum.Place topic = Forum.topic(olga, "mq-mots", "Vidéo au local associatif", "Faut-il des caméras ?");
        for (String typed :
                new String[] {"Non à la Sürveillance du local", "NON À LA SURVEILLANCE", "la surveillance, jamais"}) {
            HttpResponse<String> refused = olga.submit(
                    topic.topicPath(), topic.topicPath() + "/reply", Map.of("raw", typed, "intent", "publish"));
            assertEquals(422, refused.statusCode(), typed);
            assertTrue(refused.body().contains("« surveillance »"), "names the word: " + typed);
            assertTrue(refused.body().contains(typed.replace("'", "&#39;")), "keeps the text: " + typed);
        }
        HttpResponse<String> title = olga.submit(
                "/new-topic?category=mq-mots",
                "/new-topic",
                Map.of(
                        "category",
                        "mq-mots",
                        "title",
                        "Surveillance du quartier",
                        "raw",
                        "Un texte anodin",
                        "intent",
                        "publish"));
        assertEquals(422, title.statusCode(), "titles are checked too");
        HttpResponse<String> byApi =
                Forum.json(olga, "POST", "/api/topics/" + topic.id() + "/posts", "{\"raw\":\"surveillance\"}");
        assertEquals(422, byApi.statusCode());
        assertEquals(
                201,
                Forum.json(olga, "POST", "/api/topics/" + topic.id() + "/posts", "{\"raw\":\"Pas de caméras\"}")
                        .statusCode());
        long edited = ModerationCalls.topicIdIn(Forum.json(olga, "GET", "/api/topics/" + topic.id(), null)
                .body()
                .replaceAll("(?s).*\"page\":\\[", ""));
        assertEquals(
                422,
                Forum.json(olga, "PUT", "/api/posts/" + edited, "{\"raw\":\"la SURVEILLANCE\"}")
                        .statusCode(),
                "edits too");
        assertEquals(1, ModerationCalls.logged(admin, "WATCHED_WORD_ADDED", wordId("surveillance")));
    }

    @Test
    void aStarMatchesLettersWithinAWordAndRegularExpressionSyntaxIsLiteral() {
        watch("arme*", "BLOCK");
        watch("(a+)+$", "BLOCK");
        WebClient paul = Members.joined(uri, "Mq-Paul", "mq-paul@moderation.test");
        Forum.Place topic = Forum.topic(paul, "mq-mots", "Débat sur la sécurité", "Ouvrons le débat.");
        assertEquals(
                422,
                Forum.json(paul, "POST", "/api/topics/" + topic.id() + "/posts", "{\"raw\":\"Les Armements lourds\"}")
                        .statusCode());
        assertEquals(
                201,
                Forum.json(paul, "POST", "/api/topics/" + topic.id() + "/posts", "{\"raw\":\"Le charme du débat\"}")
                        .statusCode());
        assertEquals(
                201,
                Forum.json(
                                paul,
                                "POST",
                                "/api/topics/" + topic.id() + "/posts",
                                "{\"raw\":\"aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa!\"}")
                        .statusCode(),
                "the pattern is not a regular expression");
        HttpResponse<String> literal =
                Forum.json(paul, "POST", "/api/topics/" + topic.id() + "/posts", "{\"raw\":\"voici (a+)+$ tel quel\"}");
        assertEquals(422, literal.statusCode(), literal.body());
    }

    @Test
    void aWordThatHoldsSendsThePostToTheQueueAndAFlaggingWordListsItForReview() {
        watch("tractopelle", "REQUIRE_APPROVAL");
        watch("banderole", "FLAG");
        WebClient quentin = Members.joined(uri, "Mq-Quentin", "mq-quentin@moderation.test");
        WebClient rita = Members.joined(uri, "Mq-Rita", "mq-rita@moderation.test");
        Forum.Place topic = Forum.topic(quentin, "mq-mots", "Chantier devant la salle", "Du bruit toute la journée.");

        Forum.Place held = Forum.reply(quentin, topic, null, "mqheld Une TRACTOPELLE bloque l’entrée");
        assertTrue(quentin.get(topic.topicPath()).body().contains("mqheld"), "the author sees it");
        assertTrue(quentin.get(topic.topicPath()).body().contains("En attente d’approbation"));
        assertFalse(rita.get(topic.topicPath()).body().contains("mqheld"), "nobody else does");
        assertTrue(admin.get("/review/approvals").body().contains("mqheld"));

        Forum.reply(quentin, topic, null, "mqflag Qui peint la Banderole ?");
        assertTrue(rita.get(topic.topicPath()).body().contains("mqflag"), "a flagged post is published");
        String queue = admin.get("/review/approvals").body();
        assertTrue(queue.contains("signalé par le mot surveillé « banderole »") && queue.contains("mqflag"), queue);
        assertEquals(2, held.number());
    }

    @Test
    void onlyAdministratorsKeepTheListAndBadPhrasesAreRefused() {
        WebClient sam = Members.joined(uri, "Mq-Sam", "mq-sam@moderation.test");
        assertEquals(403, sam.get("/admin/watched-words").statusCode());
        HttpResponse<String> stars = admin.submit(
                "/admin/watched-words", "/admin/watched-words", Map.of("phrase", "a*b*c*d", "action", "BLOCK"));
        assertEquals(422, stars.statusCode());
        assertTrue(stars.body().contains("a*b*c*d"), "the typed phrase is kept");
        watch("mqretire", "FLAG");
        long id = wordId("mqretire");
        assertEquals(
                303,
                admin.submit("/admin/watched-words", "/admin/watched-words/" + id + "/remove", Map.of())
                        .statusCode());
        assertFalse(admin.get("/admin/watched-words").body().contains("mqretire"));
        ModerationCalls.assertLogged(admin, "WATCHED_WORD_REMOVED", id);
    }

    private long wordId(String phrase) {
        String token = ModerationCalls.token(admin, Administrator.PASSWORD);
        String list = ModerationCalls.api(admin, token, "GET", "/api/moderation/watched-words", null)
                .body();
        Matcher word = Pattern.compile(
                        "\\{\"action\":\"[A-Z_]+\",\"id\":(\\d+),\"phrase\":\"" + Pattern.quote(phrase) + "\"\\}")
                .matcher(list);
        assertTrue(word.find(), list);
        return Long.parseLong(word.group(1));
    }
}
