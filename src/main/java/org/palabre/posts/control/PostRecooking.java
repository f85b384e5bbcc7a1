package org.palabre.posts.control;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.palabre.web.control.PublicPages;

/**
 * When the markdown renderer changes (MarkdownRenderer.VERSION goes up), every post made by an older
 * version is rendered again from its raw markdown, in the background after start-up, a batch at a time.
 * Until then readers see the older rendering, which was safe when it was made.
 */
@ApplicationScoped
public class PostRecooking {

    private static final Logger LOG = Logger.getLogger(PostRecooking.class.getName());

    @Resource
    ManagedExecutorService executor;

    @Inject
    PostRecookingBatch batch;

    @Inject
    PublicPages publicPages;

    void recookAfterStart(@Observes @Initialized(ApplicationScoped.class) Object started) {
        executor.submit(this::recookAll);
    }

    /** Renders every outdated post again, batch after batch; also what start-up runs in the background. */
    public int recookAll() {
        try {
            int total = 0;
            for (int done = batch.recookSome(); done > 0; done = batch.recookSome()) {
                total += done;
                publicPages.changed();
            }
            if (total > 0) {
                LOG.log(Level.INFO, "{0} posts rendered again with the current markdown renderer", total);
            }
            return total;
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Rendering old posts again stopped; it resumes at the next start", e);
            return -1;
        }
    }
}
