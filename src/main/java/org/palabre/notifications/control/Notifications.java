package org.palabre.notifications.control;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.palabre.accounts.entity.Account;
import org.palabre.categories.control.CategoryPermissions;
import org.palabre.database.control.Condition;
import org.palabre.notifications.entity.Notification;
import org.palabre.notifications.entity.NotificationKind;
import org.palabre.posts.control.PostVisibility;

/**
 * A member's notifications: listing, counting and marking read. What the member can no longer see (a
 * withdrawn post, a category closed to them since) is left out when read rather than deleted when it happens.
 */
@ApplicationScoped
public class Notifications {

    /**
     * Only what the member may still see; the parameters are :me and :readable, the rest the condition binds. A post
     * hidden pending review leaves every list but that of the moderators told to review it and its author's news
     * that it was hidden.
     */
    private static final Condition VISIBLE_IN_ANY_CATEGORY = Condition.of("n.recipient.id = :me AND t.pending = false")
            .and(PostVisibility.shownToMembersJpql("p")
                    .or(new Condition("n.kind = :flagged", Map.of("flagged", NotificationKind.POST_FLAGGED))
                            .and(PostVisibility.awaitingReviewJpql("p")))
                    .or(MayBeTold.ownHiddenPostJpql("n.kind", "p", ":me")));

    private static final Condition VISIBLE = VISIBLE_IN_ANY_CATEGORY.and(Condition.of("t.categoryId IN :readable"));

    private static final String WHERE_VISIBLE = "WHERE " + VISIBLE + " ";

    private static final String LATEST =
            NotificationView.SELECT + WHERE_VISIBLE + "ORDER BY n.createdAt DESC, n.id DESC";

    /**
     * Per category, so that the readable categories are picked out of the rows rather than passed as a list:
     * Hibernate translates a statement with a list parameter to SQL again at every run, which was two thirds of the
     * cost of this count on every signed-in page; this one is translated once.
     */
    private static final String UNREAD_BY_CATEGORY = "SELECT t.categoryId, COUNT(n) FROM Notification n JOIN n.post p "
            + "JOIN p.topic t WHERE " + VISIBLE_IN_ANY_CATEGORY + " AND n.readAt IS NULL GROUP BY t.categoryId";

    private static final String ONE = NotificationView.SELECT + WHERE_VISIBLE + "AND n.id = :id";

    private static final Logger LOG = Logger.getLogger(Notifications.class.getName());

    @Resource
    ManagedExecutorService executor;

    @PersistenceContext
    EntityManager entityManager;

    @Inject
    CategoryPermissions categories;

    /**
     * Every signed-in page counts unread notifications, and the first parse of that statement's permission rules
     * costs Hibernate's HQL parser half a second and a hundred megabytes; several first pages at once, each parsing
     * it, once ran a fresh server with a 256 MB heap out of memory. Parsing the three statements once, in the
     * background after start-up, puts them in Hibernate's query cache before members arrive.
     */
    void prepareAfterStart(@Observes @Initialized(ApplicationScoped.class) Object started) {
        executor.submit(this::prepareQueries);
    }

    /** Only creates the queries: a container-managed EntityManager may do that outside a transaction. */
    void prepareQueries() {
        try {
            entityManager.createQuery(LATEST, NotificationView.class);
            entityManager.createQuery(UNREAD_BY_CATEGORY, Object[].class);
            entityManager.createQuery(ONE, NotificationView.class);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Preparing the notification queries failed; the first page parses them", e);
        }
    }

    @Transactional
    public List<NotificationView> latest(Account member, int limit) {
        Set<Long> readable = categories.readableIds(member);
        if (readable.isEmpty()) {
            return List.of();
        }
        return VISIBLE.bind(entityManager.createQuery(LATEST, NotificationView.class))
                .setParameter("me", member.id())
                .setParameter("readable", readable)
                .setMaxResults(limit)
                .getResultList();
    }

    /** For the header of every page: one statement, counting per category. */
    @Transactional
    public long unread(Account member) {
        Set<Long> readable = categories.readableIds(member);
        if (readable.isEmpty()) {
            return 0;
        }
        return VISIBLE_IN_ANY_CATEGORY
                .bind(entityManager.createQuery(UNREAD_BY_CATEGORY, Object[].class))
                .setParameter("me", member.id())
                .getResultStream()
                .filter(row -> readable.contains((Long) row[0]))
                .mapToLong(row -> (Long) row[1])
                .sum();
    }

    /** Marks the member's notification read and gives its post's permalink; nothing if it is not theirs to see. */
    @Transactional
    public Optional<String> open(Account member, long id) {
        Optional<NotificationView> shown = visible(member, id);
        shown.ifPresent(view -> entityManager.find(Notification.class, id).markRead());
        return shown.map(NotificationView::postPath);
    }

    @Transactional
    public boolean markRead(Account member, long id) {
        return open(member, id).isPresent();
    }

    @Transactional
    public void markAllRead(Account member) {
        entityManager
                .createQuery(
                        "UPDATE Notification n SET n.readAt = :now WHERE n.recipient.id = :me AND n.readAt IS NULL")
                .setParameter("now", Instant.now())
                .setParameter("me", member.id())
                .executeUpdate();
    }

    private Optional<NotificationView> visible(Account member, long id) {
        Set<Long> readable = categories.readableIds(member);
        if (readable.isEmpty()) {
            return Optional.empty();
        }
        return VISIBLE.bind(entityManager.createQuery(ONE, NotificationView.class))
                .setParameter("me", member.id())
                .setParameter("readable", readable)
                .setParameter("id", id)
                .getResultStream()
                .findFirst();
    }
}
