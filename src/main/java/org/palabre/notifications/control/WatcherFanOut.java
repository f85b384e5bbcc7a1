package org.palabre.notifications.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import org.palabre.database.control.Condition;
import org.palabre.notifications.entity.NotificationKind;
import org.palabre.notifications.entity.WatchersTold;
import org.palabre.watching.entity.WatchLevel;

/**
 * Tells the watchers of a queued post, in a few set-based statements whatever their number: a new topic
 * to those watching its category, a reply to those watching its topic or its category (an explicit level for the
 * topic wins over the category's). Only active members who may read the category (as
 * MayBeTold says), never the author nor those who muted them, and nobody already told of that post by
 * a more specific notification.
 */
@ApplicationScoped
public class WatcherFanOut {

    private static final Condition MAY_BE_TOLD = MayBeTold.sql("p", "a.id", null);

    private static final String INSERT =
            "INSERT INTO notifications (recipient_id, kind, post_id, topic_id, actor_id, created_at) "
                    + "SELECT a.id, :kind, p.id, p.topic_id, p.author_id, :now FROM posts p "
                    + "JOIN topics t ON t.id = p.topic_id JOIN categories c ON c.id = t.category_id ";

    private static final String TOLD = "WHERE p.id = :post AND " + MAY_BE_TOLD
            + " AND NOT EXISTS (SELECT 1 FROM notifications n WHERE n.post_id = p.id AND n.recipient_id = a.id)";

    @PersistenceContext
    EntityManager entityManager;

    @Inject
    Event<WatchersTold> watchersTold;

    /**
     * Tells the watchers of one queued post and takes it off the queue, in one transaction. Returns how many
     * were told, or -1 when the post is not queued (done already, or being done by another thread).
     */
    @Transactional
    public int fanOut(long postId) {
        List<?> queued = entityManager
                .createNativeQuery(
                        "SELECT post_id FROM notification_fanouts WHERE post_id = :post " + "FOR UPDATE SKIP LOCKED")
                .setParameter("post", postId)
                .getResultList();
        if (queued.isEmpty()) {
            return -1;
        }
        Instant now = Instant.now();
        int told = telling(INSERT
                        + "JOIN topic_watches w ON w.topic_id = p.topic_id AND w.watch_level = :watching JOIN accounts a ON a.id = w.account_id "
                        + TOLD + " AND p.number > 1")
                .setParameter("kind", NotificationKind.NEW_POST_IN_WATCHED_TOPIC.name())
                .setParameter("now", now)
                .setParameter("post", postId)
                .setParameter("watching", WatchLevel.WATCHING.name())
                .executeUpdate();
        // Watching a category means every post of its topics, unless the member chose a level for the topic itself.
        told += telling(
                        INSERT
                                + "JOIN category_watches w ON w.category_id = t.category_id AND w.watch_level = :watching JOIN accounts a ON a.id = w.account_id "
                                + TOLD
                                + " AND p.number > 1 AND NOT EXISTS (SELECT 1 FROM topic_watches tw WHERE tw.topic_id = t.id AND tw.account_id = a.id)")
                .setParameter("kind", NotificationKind.NEW_POST_IN_WATCHED_TOPIC.name())
                .setParameter("now", now)
                .setParameter("post", postId)
                .setParameter("watching", WatchLevel.WATCHING.name())
                .executeUpdate();
        // A member who muted the new topic already (only its author could have) is left out all the same.
        told += telling(INSERT
                        + "JOIN category_watches w ON w.category_id = t.category_id AND w.watch_level = :watching JOIN accounts a ON a.id = w.account_id "
                        + TOLD
                        + " AND p.number = 1 AND NOT EXISTS (SELECT 1 FROM topic_watches tw WHERE tw.topic_id = t.id "
                        + "AND tw.account_id = a.id AND tw.watch_level = :muted)")
                .setParameter("kind", NotificationKind.NEW_TOPIC_IN_WATCHED_CATEGORY.name())
                .setParameter("now", now)
                .setParameter("post", postId)
                .setParameter("watching", WatchLevel.WATCHING.name())
                .setParameter("muted", WatchLevel.MUTED.name())
                .executeUpdate();
        watchersTold.fire(new WatchersTold(postId));
        entityManager
                .createNativeQuery("DELETE FROM notification_fanouts WHERE post_id = :post")
                .setParameter("post", postId)
                .executeUpdate();
        return told;
    }

    /** A statement that tells members, with the parameters of the rule it holds bound. */
    private jakarta.persistence.Query telling(String insert) {
        return MAY_BE_TOLD.bind(entityManager.createNativeQuery(insert));
    }

    /** The posts still queued, oldest first. */
    @Transactional
    public List<Long> queued() {
        return queuedBefore(Instant.now().plusSeconds(1));
    }

    /** The posts queued before the given instant, oldest first. */
    @Transactional
    public List<Long> queuedBefore(Instant instant) {
        List<?> ids = entityManager
                .createNativeQuery("SELECT post_id FROM notification_fanouts WHERE created_at < :before "
                        + "ORDER BY created_at, post_id")
                .setParameter("before", instant)
                .getResultList();
        return ids.stream().map(id -> ((Number) id).longValue()).toList();
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void enqueue(long postId) {
        entityManager
                .createNativeQuery("INSERT INTO notification_fanouts (post_id, created_at) VALUES (:post, :now)")
                .setParameter("post", postId)
                .setParameter("now", Instant.now())
                .executeUpdate();
    }
}
