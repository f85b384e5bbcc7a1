package org.palabre.search.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;
import org.eclipse.microprofile.config.ConfigProvider;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.session.SearchSession;
import org.palabre.posts.entity.Post;

/**
 * Starts a background rebuild of the index at start-up when asked ({@code palabre.search.reindex}), or when the
 * index is empty while there are posts (the first start after an upgrade, or a deleted index folder), holds another
 * number of posts than the database (the embedded index after a crash, or made for another database). An index
 * written by an earlier Palabre in another form has another name ({@link PostMapping#INDEX}): the new one starts
 * empty and is rebuilt, and the embedded one's old folder is removed. Start-up does not wait for the rebuild.
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

    private final SearchSettings settings =
            SearchSettings.from(ConfigProvider.getConfig(ReindexAtStart.class.getClassLoader()));

    @Transactional
    void atStart(@Observes @Initialized(ApplicationScoped.class) Object started) {
        serverIndex.createOrValidate();
        if (settings.isEmbedded()) {
            removeEarlierIndexes(settings.indexDir());
        }
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
        boolean missesPosts = settings.isEmbedded() && indexed != stored;
        if (missesPosts) {
            LOG.log(Level.INFO, "The search index holds {0} posts and the database {1}", new Object[] {indexed, stored
            });
        }
        return missesPosts;
    }

    /** Removes the folders of the embedded index in an earlier form from the index's root: nothing reads them. */
    static void removeEarlierIndexes(Path indexDir) {
        for (String name : PostMapping.EARLIER_INDEXES) {
            Path folder = indexDir.resolve(name);
            if (!Files.isDirectory(folder)) {
                continue;
            }
            try (Stream<Path> inside = Files.walk(folder)) {
                for (Path path : inside.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(path);
                }
                LOG.log(Level.INFO, "Removed the search index of an earlier Palabre in {0}", folder);
            } catch (IOException problem) {
                LOG.log(Level.WARNING, "Could not remove the search index of an earlier Palabre in " + folder, problem);
            }
        }
    }
}
