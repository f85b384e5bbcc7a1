package org.palabre.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import java.util.List;
import org.hibernate.Session;
import org.hibernate.SessionEventListener;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.palabre.accounts.entity.Account;
import org.palabre.categories.entity.Category;
import org.palabre.posts.control.PostContent;
import org.palabre.search.control.SearchRequest;
import org.palabre.search.control.SearchResults;
import org.palabre.search.control.Searcher;
import org.palabre.testing.ForumWriter;

/**
 * Inside the running Palabre, counting the SQL statements Hibernate prepares during a search: a page of twenty
 * posts from twenty topics by five authors costs as many as a page of two, as the posts come with their topics and
 * authors in one statement rather than one more per topic and author.
 */
@ExtendWith(ArquillianExtension.class)
class SearchQueriesIT {

    /** The posts with their topics and authors; one to spare. */
    private static final int MOST_STATEMENTS = 2;

    @PersistenceContext
    EntityManager entityManager;

    @Resource
    UserTransaction transaction;

    @Inject
    PostContent content;

    @Inject
    Searcher searcher;

    private String few;
    private String many;

    @BeforeEach
    void writeTopics() throws Exception {
        String tag = Long.toString(System.nanoTime() % 1_000_000_000L, 36);
        few = "sqfew" + tag;
        many = "sqmany" + tag;
        transaction.begin();
        ForumWriter forum = new ForumWriter(entityManager, content);
        List<Account> authors = forum.members("sqa" + tag, "sqb" + tag, "sqc" + tag, "sqd" + tag, "sqe" + tag);
        Category category = forum.category("Requêtes de recherche " + tag, "sq-" + tag);
        for (int n = 0; n < 2; n++) {
            forum.topic(category, "Sujet " + few + " " + n, 1, List.of(authors.get(n)));
        }
        for (int n = 0; n < SearchRequest.PAGE_SIZE; n++) {
            forum.topic(category, "Sujet " + many + " " + n, 1, List.of(authors.get(n % authors.size())));
        }
        transaction.commit();
    }

    @Test
    void aPageOfTwentyPostsCostsAsManyStatementsAsAPageOfTwo() throws Exception {
        searched(few, 2); // the first search of the request loads the categories
        long two = searched(few, 2);
        long twenty = searched(many, SearchRequest.PAGE_SIZE);
        assertEquals(two, twenty, "statements for 2 and for 20 posts found");
        assertTrue(twenty <= MOST_STATEMENTS, twenty + " statements for a page of 20 posts");
        assertTrue(twenty >= 1, "the posts are read from the database, in the search's own session");
    }

    /**
     * The statements one search prepares as a visitor, once it finds the posts (the index follows commits). They are
     * counted on the search's own Hibernate session (the transaction's), so the index following the topics just
     * written, or another server's outbox polling, never counts, and no wait for a quiet server is needed.
     */
    private long searched(String word, int expected) throws Exception {
        long deadline = System.currentTimeMillis() + 30_000;
        while (true) {
            transaction.begin();
            try {
                PreparedStatements prepared = new PreparedStatements();
                entityManager.unwrap(Session.class).addEventListeners(prepared);
                SearchResults results =
                        searcher.search(null, new SearchRequest(word, null, null, null, null, null, false, false, 1));
                if (results.hits().size() == expected) {
                    assertEquals(expected, results.total());
                    assertTrue(results.exact());
                    assertTrue(
                            results.hits().stream().allMatch(hit -> hit.author().startsWith("sq")));
                    return prepared.count;
                }
                assertTrue(System.currentTimeMillis() < deadline, "the index never found " + word);
            } finally {
                transaction.commit();
            }
            Thread.sleep(200);
        }
    }

    private static final class PreparedStatements implements SessionEventListener {
        private long count;

        @Override
        public void jdbcPrepareStatementStart() {
            count++;
        }
    }
}
