package org.palabre.posts.control;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.logging.Logger;
import org.palabre.markdown.control.MarkdownRenderer;
import org.palabre.posts.entity.Post;

/**
 * At start-up, renders again every post whose HTML an older renderer made, so that a renderer change (new
 * markdown rules, mentions that now link) reaches old posts too. Batches keep each transaction short.
 */
@ApplicationScoped
public class PostRecooking {

    private static final Logger LOG = Logger.getLogger(PostRecooking.class.getName());
    static final int BATCH = 200;

    @PersistenceContext
    EntityManager entityManager;

    @Inject
    PostContent content;

    // Through the proxy, so that each batch runs in its own transaction.
    @Inject
    PostRecooking self;

    void recookAtStart(@Observes @Priority(Interceptor.Priority.APPLICATION) @Initialized(ApplicationScoped.class) Object started) {
        int total = 0;
        for (int done = self.recookBatch(); done > 0; done = self.recookBatch()) {
            total += done;
        }
        if (total > 0) {
            LOG.info(() -> "Posts rendered again for markdown renderer version " + MarkdownRenderer.VERSION + ".");
        }
    }

    /** Renders the next batch of stale posts; returns how many. */
    @Transactional
    public int recookBatch() {
        List<Post> stale = entityManager.createQuery("SELECT p FROM Post p WHERE p.cookedVersion < :version ORDER BY p.id", Post.class)
                .setParameter("version", MarkdownRenderer.VERSION).setMaxResults(BATCH).getResultList();
        stale.forEach(post -> post.recook(content.recook(post.raw())));
        return stale.size();
    }
}
