package org.palabre.topics.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.palabre.accounts.entity.Account;
import org.palabre.topics.entity.TopicRead;

/** Remembers how far each member has read each topic: the unread counts of the topic lists come from it. */
@ApplicationScoped
public class ReadingProgress {

    @PersistenceContext
    EntityManager entityManager;

    /** The member has seen the topic up to this post number; reading back never lowers it. */
    @Transactional
    public void seen(Account reader, long topicId, int number) {
        entityManager
                .createNativeQuery(TopicRead.RECORD)
                .setParameter(1, reader.id())
                .setParameter(2, topicId)
                .setParameter(3, number)
                .executeUpdate();
    }
}
