package org.palabre.search.control;

import java.util.logging.Level;
import java.util.logging.Logger;
import org.hibernate.boot.Metadata;
import org.hibernate.boot.spi.BootstrapContext;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.event.service.spi.EventListenerRegistry;
import org.hibernate.event.spi.EventType;
import org.hibernate.event.spi.PostUpdateEvent;
import org.hibernate.event.spi.PostUpdateEventListener;
import org.hibernate.integrator.spi.Integrator;
import org.hibernate.persister.entity.EntityPersister;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.massindexing.MassIndexer;
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

    private static void reindexPostsOf(SessionFactoryImplementor sessionFactory, Long topicId) {
        MassIndexer indexer = Search.mapping(sessionFactory)
                .scope(Post.class)
                .massIndexer()
                .purgeAllOnStart(false)
                .dropAndCreateSchemaOnStart(false)
                .mergeSegmentsOnFinish(false)
                .typesToIndexInParallel(1)
                .threadsToLoadObjects(1);
        indexer.type(Post.class).reindexOnly("e.topic.id = :topic").param("topic", topicId);
        indexer.start().whenComplete((done, failure) -> {
            if (failure != null) {
                LOG.log(Level.WARNING, failure, () -> "Could not reindex the posts of topic " + topicId);
            }
        });
    }
}
