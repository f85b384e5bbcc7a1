package org.palabre.live.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.palabre.accounts.entity.AccountDeleted;
import org.palabre.accounts.entity.RoleChanged;
import org.palabre.accounts.entity.SessionsClosed;
import org.palabre.categories.entity.CategoryChanged;
import org.palabre.database.control.DatabaseNotices;
import org.palabre.groups.entity.GroupChanged;
import org.palabre.live.entity.LiveChange;
import org.palabre.live.entity.LiveChange.Kind;
import org.palabre.live.entity.LiveEvent;
import org.palabre.notifications.entity.NotificationsWritten;
import org.palabre.posts.entity.PostEdited;
import org.palabre.posts.entity.PostHidden;
import org.palabre.posts.entity.PostPublished;

/**
 * Writes what live pages must hear of, inside the transaction that made the change: a journal row for a post's
 * change (so a reader who reconnects is sent what happened meanwhile) and a database notice, both committed or
 * rolled back with the change itself. A notice published in the transaction reaches the servers only at commit.
 */
@ApplicationScoped
public class LiveJournal {

    public static final String CHANNEL = "palabre_live";

    /** A reader away longer than this reloads the page rather than being sent everything. */
    static final long KEPT_HOURS = 24;

    @PersistenceContext
    EntityManager entityManager;

    @Inject
    DatabaseNotices notices;

    void published(@Observes PostPublished event) {
        journal(event.startsTopic() ? Kind.STARTED : Kind.PUBLISHED, event.postId());
    }

    void edited(@Observes PostEdited event) {
        journal(Kind.EDITED, event.postId());
    }

    void hidden(@Observes PostHidden event) {
        journal(Kind.HIDDEN, event.postId());
    }

    void notified(@Observes NotificationsWritten event) {
        notices.publish(CHANNEL, LiveChange.notified(event.postId()).toJson());
    }

    void sessionsClosed(@Observes SessionsClosed event) {
        notices.publish(CHANNEL, LiveChange.recheck(event.accountId()).toJson());
    }

    void roleChanged(@Observes RoleChanged event) {
        notices.publish(CHANNEL, LiveChange.recheck(event.accountId()).toJson());
    }

    void accountDeleted(@Observes AccountDeleted event) {
        notices.publish(CHANNEL, LiveChange.recheck(event.accountId()).toJson());
    }

    void categoryChanged(@Observes CategoryChanged event) {
        notices.publish(CHANNEL, LiveChange.recheck(0).toJson());
    }

    void groupChanged(@Observes GroupChanged event) {
        notices.publish(CHANNEL, LiveChange.recheck(0).toJson());
    }

    /** The journal's changes of a topic after the given event, oldest first. */
    public List<LiveChange> inTopicAfter(long eventId, long topicId, int max) {
        return after("e.topicId = :place AND e.kind <> :started", eventId, topicId, max);
    }

    /** The topics started in a category after the given event, oldest first. */
    public List<LiveChange> startedInCategoryAfter(long eventId, long categoryId, int max) {
        return after("e.categoryId = :place AND e.kind = :started", eventId, categoryId, max);
    }

    private List<LiveChange> after(String where, long eventId, long place, int max) {
        return entityManager
                .createQuery(
                        "SELECT e FROM LiveEvent e WHERE e.id > :after AND " + where + " ORDER BY e.id",
                        LiveEvent.class)
                .setParameter("after", eventId)
                .setParameter("place", place)
                .setParameter("started", Kind.STARTED)
                .setMaxResults(max)
                .getResultStream()
                .map(LiveEvent::change)
                .toList();
    }

    @Transactional
    public int prune() {
        return entityManager
                .createQuery("DELETE FROM LiveEvent e WHERE e.createdAt < :before")
                .setParameter("before", Instant.now().minus(KEPT_HOURS, ChronoUnit.HOURS))
                .executeUpdate();
    }

    private void journal(Kind kind, long postId) {
        Object[] place = entityManager
                .createQuery("SELECT p.topic.id, p.topic.categoryId FROM Post p WHERE p.id = :id", Object[].class)
                .setParameter("id", postId)
                .getSingleResult();
        long topicId = ((Number) place[0]).longValue();
        long categoryId = ((Number) place[1]).longValue();
        LiveEvent row = new LiveEvent(kind, postId, topicId, categoryId);
        entityManager.persist(row);
        entityManager.flush(); // the row's id is the event id the notice carries
        LiveChange change = row.change();
        notices.publish(CHANNEL, change.toJson());
    }
}
