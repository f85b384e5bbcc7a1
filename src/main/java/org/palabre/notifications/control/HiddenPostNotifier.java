package org.palabre.notifications.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import org.palabre.notifications.entity.Notification;
import org.palabre.notifications.entity.NotificationsWritten;
import org.palabre.posts.entity.Post;
import org.palabre.posts.entity.PostHidden;

/**
 * Tells the author of a post that flags or a moderator hid it, and why, inside the hiding transaction; the mail
 * follows from the notification as for every other kind. Hidden again after being shown again, the same row is told
 * anew with the new reason: one row per member and post.
 */
@ApplicationScoped
public class HiddenPostNotifier {

    @PersistenceContext
    EntityManager entityManager;

    @Inject
    Addressees addressees;

    @Inject
    Event<NotificationsWritten> written;

    void hidden(@Observes PostHidden event) {
        Post post = entityManager.find(Post.class, event.postId());
        Notification told = Notification.hiddenFromItsAuthor(post, event.reason());
        if (!MayBeTold.holds(addressees.member(post.author(), post), post, told.kind())) {
            return;
        }
        List<Notification> existing = entityManager
                .createQuery(
                        "SELECT n FROM Notification n WHERE n.recipient.id = :me AND n.post.id = :post",
                        Notification.class)
                .setParameter("me", post.author().id())
                .setParameter("post", post.id())
                .getResultList();
        if (existing.isEmpty()) {
            entityManager.persist(told);
        } else {
            existing.get(0).retellHidden(event.reason());
        }
        written.fire(new NotificationsWritten(post.id()));
    }
}
