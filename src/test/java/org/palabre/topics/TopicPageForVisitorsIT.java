package org.palabre.topics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.palabre.accounts.control.MemberSessions;
import org.palabre.accounts.entity.Account;
import org.palabre.posts.control.PostContent;
import org.palabre.posts.control.PostEditor;
import org.palabre.testing.ForumWriter;
import org.palabre.topics.entity.Topic;

/**
 * Visitors who are not signed in are served the posts of a topic page from HTML kept from an earlier request:
 * inside the running Palabre, a change to a post or to its author shows on their next request, in their
 * language, and members never get the visitors' copy.
 */
@ExtendWith(ArquillianExtension.class)
class TopicPageForVisitorsIT {

    @ArquillianResource
    URL base;

    @PersistenceContext
    EntityManager entityManager;

    @Resource
    UserTransaction transaction;

    @Inject
    PostContent content;

    @Inject
    PostEditor editor;

    @Inject
    MemberSessions sessions;

    private final HttpClient http =
            HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @Test
    void anEditAWithdrawalAndANewNameShowOnAVisitorsNextRequest() throws Exception {
        transaction.begin();
        ForumWriter forum = new ForumWriter(entityManager, content);
        List<Account> authors = forum.members("clara-vis", "marc-vis");
        Topic topic = forum.topic(forum.category("Visiteurs", "visiteurs"), "Ce que voient les visiteurs", 3, authors);
        transaction.commit();
        String path = topic.path();
        for (int i = 0; i < 2; i++) {
            String shown = page(path, "fr", null);
            assertTrue(shown.contains("Message 2 pour") && shown.contains("Message 3 pour"), shown);
        }

        editor.edit(authors.get(1), postId(topic, 2), "Message corrigé après la réunion", null);
        String edited = page(path, "fr", null);
        assertTrue(edited.contains("Message corrigé après la réunion"), "the edit shows");
        assertFalse(edited.contains("Message 2 pour"), "the text before the edit is gone");

        editor.withdraw(authors.get(0), postId(topic, 3));
        String withdrawn = page(path, "fr", null);
        assertTrue(withdrawn.contains("Ce message a été retiré."));
        assertFalse(withdrawn.contains("Message 3 pour"), "a withdrawn post's text is not shown to visitors");

        transaction.begin();
        entityManager.find(Account.class, authors.get(0).id()).describe("Clara des Pentes", null, null, 1);
        transaction.commit();
        assertTrue(page(path, "fr", null).contains("Clara des Pentes"), "the author's new name shows");

        String english = page(path, "en", null);
        assertTrue(english.contains("This post was withdrawn."), "visitors reading English get English");
        assertFalse(english.contains("Ce message a été retiré."));
        assertTrue(page(path, "fr", null).contains("Ce message a été retiré."), "and those reading French keep French");
    }

    @Test
    void membersGetTheirOwnLinksNotTheVisitorsPage() throws Exception {
        transaction.begin();
        ForumWriter forum = new ForumWriter(entityManager, content);
        List<Account> authors = forum.members("ines-vis", "paulo-vis");
        Topic topic = forum.topic(
                forum.category("Visiteurs et membres", "visiteurs-membres"), "Visiteurs puis membres", 2, authors);
        transaction.commit();
        String replyLink = topic.path() + "/reply?to=1";

        assertFalse(page(topic.path(), "fr", null).contains(replyLink), "visitors cannot reply");
        String member = page(topic.path(), "fr", sessions.open(authors.get(1), false));
        assertTrue(member.contains(replyLink), "a member who may write gets the reply links");
        assertTrue(member.contains("/p/" + postId(topic, 2) + "/edit"), "and may edit their own post");
        assertFalse(page(topic.path(), "fr", null).contains(replyLink), "visitors still cannot");
    }

    private long postId(Topic topic, int number) {
        return entityManager
                .createQuery("SELECT p.id FROM Post p WHERE p.topic.id = :topic AND p.number = :number", Long.class)
                .setParameter("topic", topic.id())
                .setParameter("number", number)
                .getSingleResult();
    }

    private String page(String path, String language, String session) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(
                        URI.create(base.toString()).resolve(path))
                .header("Accept-Language", language);
        if (session != null) {
            request.header("Cookie", "palabre_session=" + session);
        }
        HttpResponse<String> page = http.send(request.GET().build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, page.statusCode(), path);
        return page.body();
    }
}
