package org.palabre.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.palabre.testing.Administrator;
import org.palabre.testing.Forum;
import org.palabre.testing.WebClient;

/** Finding posts by the words a reader types, in French and English, whatever the form of the word. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SearchLanguagesHttpIT {

    @ArquillianResource
    URL base;

    @Test
    void frenchPluralsAccentsElisionsAndPhrasesFindTheirPosts() throws Exception {
        URI uri = base.toURI();
        Forum.sharedPublicCategory(uri, "recherche-sl");
        wordsFindTheirPostsWhateverTheirForm(Administrator.signedIn(uri), "recherche-sl", new WebClient(uri), "sl");
    }

    /**
     * Two topics written in the category by the writer, then found by the visitor (through another server, for
     * SearchOnOpenSearchIT: every index is held to the same answers). The tag makes the posts this caller's own.
     */
    static void wordsFindTheirPostsWhateverTheirForm(WebClient writer, String category, WebClient visitor, String tag)
            throws InterruptedException {
        String first = "Zorglub-" + tag + "-un";
        String second = "Zorglub-" + tag + "-deux";
        Forum.topic(
                writer,
                category,
                "Préparer les manifestations de mai",
                "Rendez-vous devant **l'école** Jaurès avec la vidéo du collectif. " + first + ".");
        String titleWord = "Titrux" + tag;
        Forum.Place kitchen = Forum.topic(
                writer,
                category,
                "Cantine solidaire " + titleWord,
                "We are organising a community kitchen. " + second + ".");
        String replyWord = "Replix" + tag;
        Forum.reply(writer, kitchen, null, "Count me in for the kitchen. " + replyWord + ".");

        assertTrue(found(visitor, "manifestation " + tag).contains("Préparer les manifestations"), "plural stem");
        assertTrue(
                found(visitor, "video zorglub").contains(first)
                        || found(visitor, "video " + first).contains("Jaurès"),
                "accent folded");
        assertTrue(found(visitor, "école Jaurès").contains(first), "elision");
        assertTrue(found(visitor, "\"ecole jaures\"").contains(first), "phrase without accents");
        assertFalse(found(visitor, "\"jaures ecole\"").contains(first), "a phrase keeps its order");
        assertTrue(found(visitor, "organise kitchens").contains(second), "English stems");
        assertFalse(found(visitor, "kitchen -community").contains(second), "an excluded word");
        assertTrue(found(visitor, replyWord).contains(replyWord), "the reply is indexed");
        String byTitle = found(visitor, titleWord);
        assertTrue(
                byTitle.contains(second) && byTitle.contains("\"total\":1,") && !byTitle.contains(replyWord),
                "a title word finds the topic's first post, never each of its replies: " + byTitle);
        assertTrue(
                visitor.get("/api/search?titles=1&q=" + encode(titleWord))
                        .body()
                        .contains(second),
                "titles only finds the topic by its title");
        assertTrue(
                visitor.get("/api/search?titles=1&q=" + encode(replyWord))
                        .body()
                        .contains("\"total\":0,"),
                "titles only never finds a word of a reply");
        String page = visitor.get("/search?q=" + encode("vidéo Jaurès")).body();
        assertTrue(page.contains("<mark>vidéo</mark>"), "the excerpt marks the words found: " + page);
        assertFalse(page.contains("**"), "no markup in excerpts");
    }

    @Test
    void hostileQueriesAreAnsweredNeverAnError() throws Exception {
        WebClient visitor = new WebClient(base.toURI());
        for (String hostile : new String[] {
            "\"",
            "*",
            "(((",
            "a".repeat(10_000),
            "title:foo AND body:[a TO z]",
            "foo~2 bar^3 ||| && !!",
            "@",
            "#",
            "-",
            "\"\"\"",
            "<script>alert(1)</script>",
            "\\",
            "/regex/"
        }) {
            HttpResponse<String> page = visitor.get("/search?q=" + encode(hostile));
            // 10,000 characters pass the server's limit on a request line (an answer, 400, before Palabre).
            assertEquals(hostile.length() > 4_000 ? 400 : 200, page.statusCode(), hostile);
            assertFalse(page.body().contains("<script>alert"), "escaped");
            HttpResponse<String> json = visitor.get("/api/search?q=" + encode(hostile));
            assertEquals(hostile.length() > 4_000 ? 400 : 200, json.statusCode(), hostile + ": " + json.body());
        }
    }

    @Test
    void theApiDocumentListsTheSearchAndEachOfItsFilters() throws Exception {
        String document = new WebClient(base.toURI()).get("/openapi").body();
        int search = document.indexOf("/api/search:");
        assertTrue(search >= 0, "the search is in the API document");
        String operation = document.substring(search, Math.min(document.length(), search + 3_000));
        for (String filter :
                new String[] {"q", "category", "author", "from", "to", "topic", "titles", "sort", "page"}) {
            assertTrue(operation.contains("name: " + filter), filter + " is documented: " + operation);
        }
    }

    static String found(WebClient reader, String query) throws InterruptedException {
        String body = "";
        for (int attempt = 0; attempt < 20; attempt++) {
            body = reader.get("/api/search?q=" + encode(query)).body();
            if (!body.contains("\"total\":0")) {
                return body;
            }
            Thread.sleep(250);
        }
        return body;
    }

    static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
