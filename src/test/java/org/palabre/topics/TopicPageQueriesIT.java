package org.palabre.topics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceUnit;
import jakarta.transaction.UserTransaction;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.palabre.accounts.control.MemberSessions;
import org.palabre.accounts.entity.Account;
import org.palabre.categories.entity.Category;
import org.palabre.posts.control.PostContent;
import org.palabre.testing.ForumWriter;
import org.palabre.topics.entity.Topic;

/**
 * Inside the running Palabre, counting the SQL statements Hibernate prepares while a page is served: a topic
 * page, the home page and a category page cost the same few statements whether they show five posts or sixty,
 * five topics or forty, for visitors and for members. A query per post, per author or per topic would show here.
 */
@ExtendWith(ArquillianExtension.class)
class TopicPageQueriesIT {

    /*
     * A member's tree view today: session, categories, topic, post links, posts, reading progress, the
     * unread notification count of the header, the watch levels of topic and category. One to spare; what
     * matters is that it stays flat.
     */
    private static final int MOST_STATEMENTS = 10;
    private static final Pattern POST = Pattern.compile("<article class=\"post");
    private static final Pattern TOPIC_ROW = Pattern.compile("class=\"topic-row\"");

    @ArquillianResource
    URL base;

    @PersistenceUnit
    EntityManagerFactory entityManagerFactory;

    @PersistenceContext
    EntityManager entityManager;

    @Resource
    UserTransaction transaction;

    @Inject
    PostContent content;

    @Inject
    MemberSessions sessions;

    private ForumWriter forum;
    private final HttpClient http =
            HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    private Statistics statistics;

    @BeforeEach
    void countStatements() {
        statistics = entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
        statistics.setStatisticsEnabled(true);
        forum = new ForumWriter(entityManager, content);
    }

    @AfterEach
    void stopCounting() {
        statistics.setStatisticsEnabled(false);
        statistics.clear();
    }

    @Test
    void aTopicPageCostsAsManyStatementsWithSixtyPostsAsWithFive() throws Exception {
        transaction.begin();
        List<Account> authors = forum.members("lucie-req", "omar-req", "jeanne-req");
        Category category = forum.category("Requêtes", "requetes-sujets");
        Topic few = forum.topic(category, "Cinq messages", 5, authors);
        Topic many = forum.topic(category, "Soixante messages", 60, authors);
        transaction.commit();
        String member = sessions.open(authors.get(0), false);

        for (String view : List.of("?size=100", "?size=100&view=tree")) {
            for (String session : new String[] {null, member}) {
                String reader = (session == null ? "a visitor" : "a member") + " (" + view + ")";
                Counted five = served(few.path() + view, session);
                Counted sixty = served(many.path() + view, session);
                assertEquals(5, five.matches(POST), "every post is on the page for " + reader);
                assertEquals(60, sixty.matches(POST), "every post is on the page for " + reader);
                assertEquals(five.statements(), sixty.statements(), "statements for 5 and for 60 posts, for " + reader);
                assertTrue(sixty.statements() <= MOST_STATEMENTS, sixty.statements() + " statements for " + reader);
            }
        }
    }

    @Test
    void theHomePageAndACategoryPageCostAsManyStatementsWithFortyTopicsAsWithFive() throws Exception {
        transaction.begin();
        List<Account> authors = forum.members("nina-req", "yann-req", "sofia-req");
        Category small = forum.category("Quelques sujets", "requetes-quelques");
        for (int i = 1; i <= 5; i++) {
            forum.topic(small, "Petit sujet " + i, 1 + i % 3, authors);
        }
        transaction.commit();
        String member = sessions.open(authors.get(0), false);
        List<Counted> withFive = new ArrayList<>();
        for (String session : new String[] {null, member}) {
            withFive.add(served("/", session));
            withFive.add(served("/c/requetes-quelques", session));
        }

        transaction.begin();
        Category large = forum.category("Beaucoup de sujets", "requetes-beaucoup");
        for (int i = 1; i <= 40; i++) {
            forum.topic(large, "Grand sujet " + i, 1 + i % 4, authors);
        }
        transaction.commit();
        List<Counted> withForty = new ArrayList<>();
        for (String session : new String[] {null, member}) {
            withForty.add(served("/", session));
            withForty.add(served("/c/requetes-beaucoup", session));
        }

        List<String> pages = List.of(
                "the home page for a visitor",
                "a category page for a visitor",
                "the home page for a member",
                "a category page for a member");
        for (int i = 0; i < pages.size(); i++) {
            assertTrue(withFive.get(i).matches(TOPIC_ROW) >= 5, "the five topics are listed on " + pages.get(i));
            assertEquals(30, withForty.get(i).matches(TOPIC_ROW), "a full first page of topics on " + pages.get(i));
            assertEquals(
                    withFive.get(i).statements(),
                    withForty.get(i).statements(),
                    "statements for 5 and 40 topics on " + pages.get(i));
            assertTrue(
                    withForty.get(i).statements() <= MOST_STATEMENTS,
                    withForty.get(i).statements() + " statements on " + pages.get(i));
        }
    }

    /** A page as served, with the number of SQL statements prepared meanwhile. */
    private record Counted(String body, long statements) {
        int matches(Pattern pattern) {
            Matcher matcher = pattern.matcher(body);
            int found = 0;
            while (matcher.find()) {
                found++;
            }
            return found;
        }
    }

    /**
     * The statements of one request for the page. The statistics are the whole server's, and background work
     * (mail workers, watchers being told, the search index following the topics just written) adds to them now and
     * then, never takes away: the fewest of eight is the page's.
     */
    private Counted served(String path, String session) throws Exception {
        get(path, session); // the first request of a kind may fill caches (site keys, message bundles)
        Counted fewest = null;
        for (int attempt = 0; attempt < 8; attempt++) {
            statistics.clear();
            HttpResponse<String> page = get(path, session);
            long statements = statistics.getPrepareStatementCount();
            assertEquals(200, page.statusCode(), path);
            if (fewest == null || statements < fewest.statements()) {
                fewest = new Counted(page.body(), statements);
            }
        }
        return fewest;
    }

    private HttpResponse<String> get(String path, String session) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(
                        URI.create(base.toString()).resolve(path))
                .header("Accept-Language", "fr");
        if (session != null) {
            request.header("Cookie", "palabre_session=" + session);
        }
        return http.send(request.GET().build(), HttpResponse.BodyHandlers.ofString());
    }
}
