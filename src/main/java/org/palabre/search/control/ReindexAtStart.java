package org.palabre.search.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.session.SearchSession;
import org.palabre.posts.entity.Post;

/**
 * Starts a background rebuild of the index at start-up when asked ({@code palabre.search.reindex}), or when the
 * index is empty while there are posts (the first start after an upgrade, or a deleted index folder) or was written
 * by an earlier Palabre in a form that searches would now read wrongly. Start-up does not wait for it.
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
        if (indexed > 0) {
            return repliesCarryTitles(search);
        }
        return !entityManager
                .createQuery("SELECT p.id FROM Post p", Long.class)
                .setMaxResults(1)
                .getResultList()
                .isEmpty();
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
