package org.palabre.posts.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.palabre.markdown.control.MarkdownRenderer;
import org.palabre.posts.entity.Post;

/** One transaction of {@link PostRecooking}: a bounded batch, so a large forum never holds one long transaction. */
@ApplicationScoped
public class PostRecookingBatch {

    static final int BATCH = 200;

    @PersistenceContext
    EntityManager entityManager;

    @Inject
    PostContent content;

    /** Renders up to one batch of outdated posts again; returns how many. */
    @Transactional
    public int recookSome() {
        var outdated = entityManager
                .createQuery("SELECT p FROM Post p WHERE p.cookedVersion <> :current ORDER BY p.id", Post.class)
                .setParameter("current", MarkdownRenderer.VERSION)
                .setMaxResults(BATCH)
                .getResultList();
        for (Post post : outdated) {
            try {
                post.recook(content.recook(post.raw(), post.author()));
            } catch (MarkdownRenderer.TooDeeplyNested e) {
                // accepted by an older renderer with looser rules: keep its safe old HTML, stop retrying it
                post.recook(new org.palabre.posts.entity.Cooked(post.raw(), post.cooked(), MarkdownRenderer.VERSION));
            }
        }
        return outdated.size();
    }
}
