package org.palabre.incoming.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.HashSet;
import java.util.Set;
import org.palabre.posts.control.MailedPosts;

/** Which posts of a topic have their received mail still kept (the purge removes old ones). */
@ApplicationScoped
public class MailOriginals implements MailedPosts {

    @PersistenceContext
    EntityManager entityManager;

    @Override
    @Transactional
    public Set<Long> inTopic(long topicId) {
        return new HashSet<>(entityManager
                .createQuery(
                        "SELECT m.postId FROM IncomingMail m, Post p WHERE p.id = m.postId AND p.topic.id = :topic",
                        Long.class)
                .setParameter("topic", topicId)
                .getResultList());
    }
}
