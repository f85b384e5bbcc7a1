package org.palabre.posts;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.palabre.accounts.control.MemberSessions;
import org.palabre.accounts.entity.Account;
import org.palabre.accounts.entity.ApiToken;
import org.palabre.categories.entity.Category;
import org.palabre.posts.control.PostContent;
import org.palabre.security.control.SecretTokens;
import org.palabre.testing.ForumWriter;
import org.palabre.testing.TransactionsBegun;
import org.palabre.testing.WebClient;
import org.palabre.topics.entity.Topic;

/**
 * Inside the running Palabre, counting the transactions a reply's request begins. The resource owns the one
 * transaction of its request: the reply, its first revision, the notifications of the member it mentions, the
 * watchers' queue row and the check of whom the mention did not reach all happen in it, so a failure anywhere
 * leaves nothing half written.
 */
@ExtendWith(ArquillianExtension.class)
class ReplyTransactionsIT {

    @ArquillianResource
    URL base;

    @PersistenceContext
    EntityManager entityManager;

    @Resource
    UserTransaction transaction;

    @Inject
    PostContent content;

    @Inject
    MemberSessions sessions;

    @Test
    void aReplyThroughTheApiRunsOneTransaction() throws Exception {
        transaction.begin();
        ForumWriter forum = new ForumWriter(entityManager, content);
        List<Account> members = forum.members("ines-tx", "malo-tx");
        Category category = forum.category("Transactions API", "transactions-api");
        Topic topic = forum.topic(category, "Une transaction par réponse", 1, members);
        // Written as the store keeps it: minting one through ApiTokens asks for a password these members lack.
        String token = "palabre_" + SecretTokens.generate();
        entityManager.persist(new ApiToken(members.get(0), "compteur", SecretTokens.hash(token)));
        transaction.commit();
        HttpClient http = HttpClient.newHttpClient();

        // The first request of a kind may write presence and fill caches; the second is the one counted.
        int counted = 0;
        for (String raw : List.of("Première réponse, pour chauffer.", "Merci @malo-tx, je m'en occupe.")) {
            String tag = UUID.randomUUID().toString();
            HttpResponse<String> reply = http.send(
                    HttpRequest.newBuilder(URI.create(base.toString()).resolve("api/topics/" + topic.id() + "/posts"))
                            .header("Authorization", "Bearer " + token)
                            .header("Content-Type", "application/json")
                            .header(TransactionsBegun.HEADER, tag)
                            .POST(HttpRequest.BodyPublishers.ofString("{\"raw\":\"" + raw + "\"}"))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(201, reply.statusCode(), reply.body());
            counted = TransactionsBegun.of(tag);
        }
        assertEquals(1, counted, "transactions begun by a reply");
        assertEquals(
                1L,
                entityManager
                        .createQuery(
                                "SELECT COUNT(n) FROM Notification n WHERE n.recipient.id = :malo AND n.post.topic.id = :topic",
                                Long.class)
                        .setParameter("malo", members.get(1).id())
                        .setParameter("topic", topic.id())
                        .getSingleResult(),
                "the mention was told in that same transaction");
    }

    @Test
    void aReplyFromTheComposerFormRunsOneTransaction() throws Exception {
        transaction.begin();
        ForumWriter forum = new ForumWriter(entityManager, content);
        List<Account> members = forum.members("olga-tx", "pablo-tx");
        Category category = forum.category("Transactions formulaire", "transactions-formulaire");
        Topic topic = forum.topic(category, "Une transaction par formulaire", 1, members);
        transaction.commit();
        URI site = URI.create(base.toString());
        CookieManager cookies = new CookieManager();
        HttpCookie session = new HttpCookie("palabre_session", sessions.open(members.get(0), false));
        session.setPath("/");
        cookies.getCookieStore().add(site, session);
        WebClient browser = new WebClient(site);
        HttpClient http = HttpClient.newBuilder()
                .cookieHandler(cookies)
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
        String replyPath = topic.path() + "/reply";
        int counted = 0;

        for (String raw : List.of("Première réponse, pour chauffer.", "Merci @pablo-tx, je m'en occupe.")) {
            HttpResponse<String> form =
                    http.send(browser.request(replyPath).GET().build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(200, form.statusCode(), form.body());
            String tag = UUID.randomUUID().toString();
            HttpResponse<String> reply = http.send(
                    browser.request(replyPath)
                            .header("Content-Type", "application/x-www-form-urlencoded")
                            .header("Origin", browser.origin())
                            .header(TransactionsBegun.HEADER, tag)
                            .POST(HttpRequest.BodyPublishers.ofString(WebClient.encode(Map.of(
                                    "raw", raw, "intent", "publish", "_csrf", WebClient.csrfTokenIn(form.body())))))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(303, reply.statusCode(), reply.body());
            counted = TransactionsBegun.of(tag);
        }
        assertEquals(1, counted, "transactions begun by a reply");
    }
}
