package org.palabre.search.control;

import jakarta.transaction.TransactionManager;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.hibernate.Session;
import org.hibernate.boot.Metadata;
import org.hibernate.boot.spi.BootstrapContext;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.engine.transaction.jta.platform.spi.JtaPlatform;
import org.hibernate.event.service.spi.EventListenerRegistry;
import org.hibernate.event.spi.EventType;
import org.hibernate.event.spi.PostUpdateEvent;
import org.hibernate.event.spi.PostUpdateEventListener;
import org.hibernate.integrator.spi.Integrator;
import org.hibernate.persister.entity.EntityPersister;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.work.SearchIndexingPlan;
import org.hibernate.service.spi.SessionFactoryServiceRegistry;
import org.palabre.posts.entity.Post;
import org.palabre.topics.entity.Topic;

/**
 * Reindexes a topic's posts after a change to the topic is committed (retitled, moved to another category,
 * unlisted, approved, merged): their documents carry the title, category and listing of the topic. Listening to
 * Hibernate catches every such change, whoever makes it, without the features below search knowing of it.
 * Registered in META-INF/services.
 */
public class TopicChanges implements Integrator, PostUpdateEventListener {

    private static final Logger LOG = Logger.getLogger(TopicChanges.class.getName());

    @Override
    public void integrate(Metadata metadata, BootstrapContext bootstrap, SessionFactoryImplementor sessionFactory) {
        sessionFactory
                .getServiceRegistry()
                .requireService(EventListenerRegistry.class)
                .appendListeners(EventType.POST_UPDATE, this);
    }

    @Override
    public void disintegrate(SessionFactoryImplementor sessionFactory, SessionFactoryServiceRegistry registry) {}

    @Override
    public void onPostUpdate(PostUpdateEvent event) {
        if (event.getEntity() instanceof Topic topic) {
            Long topicId = topic.id();
            event.getSession().getActionQueue().registerProcess((committed, session) -> {
                if (committed) {
                    reindexPostsOf(session.getFactory(), topicId);
                }
            });
        }
    }

    @Override
    public boolean requiresPostCommitHandling(EntityPersister persister) {
        return false;
    }

    /*
     * In a thread of its own, in a transaction of its own: the topic's transaction is over. Not the mass indexer,
     * which adds documents without replacing them (it expects a purged index) and would count posts twice.
     */
    private static void reindexPostsOf(SessionFactoryImplementor sessionFactory, Long topicId) {
        AFTER_COMMIT.execute(() -> {
            TransactionManager transactions = sessionFactory
                    .getServiceRegistry()
                    .requireService(JtaPlatform.class)
                    .retrieveTransactionManager();
            try {
                transactions.begin();
                try (Session session = sessionFactory.openSession()) {
                    SearchIndexingPlan plan = Search.session(session).indexingPlan();
                    session.createQuery(
                                    "SELECT p FROM Post p JOIN FETCH p.topic t JOIN FETCH t.category JOIN FETCH p.author"
                                            + " WHERE t.id = :topic",
                                    Post.class)
                            .setParameter("topic", topicId)
                            .getResultStream()
                            .forEach(plan::addOrUpdate);
                    session.flush();
                    transactions.commit();
                }
            } catch (Exception | Error failure) {
                LOG.log(Level.WARNING, failure, () -> "Could not reindex the posts of topic " + topicId);
                try {
                    transactions.rollback();
                } catch (Exception ignored) {
                    // nothing left to undo
                }
            }
        });
    }

    private static final ExecutorService AFTER_COMMIT = Executors.newSingleThreadExecutor(task -> {
        Thread thread = new Thread(task, "palabre-search-topic-changes");
        thread.setDaemon(true);
        thread.setContextClassLoader(TopicChanges.class.getClassLoader());
        return thread;
    });
}
