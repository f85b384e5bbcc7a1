package org.palabre.search.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.ConfigProvider;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.session.SearchSession;
import org.palabre.posts.entity.Post;

/**
 * Starts a background rebuild of the index at start-up when asked ({@code palabre.search.reindex}), or when the
 * index is empty while there are posts (the first start after an upgrade, or a deleted index folder), holds another
 * number of posts than the database (the embedded index after a crash, or made for another database) or was written by an earlier Palabre in a form
 * that searches would now read wrongly. Start-up does not wait for it.
 */
@ApplicationScoped
public class ReindexAtStart {

    @Inject
    @ConfigProperty(name = "palabre.search.reindex", defaultValue = "false")
    boolean reindex;

    @Inject
    Reindexing reindexing;

    @PersistenceContext
    EntityManager entityManager;

    @Inject
    ServerIndex serverIndex;

    private static final Logger LOG = Logger.getLogger(ReindexAtStart.class.getName());

    private final boolean embedded = SearchSettings.from(
                    ConfigProvider.getConfig(ReindexAtStart.class.getClassLoader()))
            .isEmbedded();

    @Transactional
    void atStart(@Observes @Initialized(ApplicationScoped.class) Object started) {
        serverIndex.createOrValidate();
        if (reindex || indexIsBehind()) {
            reindexing.start();
        }
    }

    private boolean indexIsBehind() {
        SearchSession search = Search.session(entityManager);
        long indexed = search.search(Post.class).where(f -> f.matchAll()).fetchTotalHitCount();
        long stored = entityManager
                .createQuery("SELECT COUNT(p) FROM Post p", Long.class)
                .getSingleResult();
        if (indexed == 0) {
            return stored > 0;
        }
        // Every post has one document: another count means an index that missed writes (a server killed between a
        // post's commit and the index's, posts removed by SQL) or one made for another database. On a search
        // server the outbox still holds what it has not delivered.
        if (embedded && indexed != stored) {
            LOG.log(Level.INFO, "The search index holds {0} posts and the database {1}", new Object[] {indexed, stored
            });
            return true;
        }
        return repliesCarryTitles(search);
    }

    /**
     * An index written before the title became the first post's alone: rebuilt once, or each reply would still be
     * found by its topic's title.
     */
    private static boolean repliesCarryTitles(SearchSession search) {
        return search.search(Post.class)
                        .where(f -> f.bool()
                                .must(f.exists().field(PostFields.TITLE_FR))
                                .mustNot(f.match().field(PostFields.FIRST).matching(true)))
                        .fetchTotalHitCount()
                > 0;
    }
}
