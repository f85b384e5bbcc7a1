package org.palabre.notifications.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.palabre.accounts.entity.Account;
import org.palabre.accounts.entity.AccountStatus;
import org.palabre.accounts.entity.Role;
import org.palabre.categories.entity.Category;
import org.palabre.notifications.entity.Notification;
import org.palabre.notifications.entity.NotificationKind;
import org.palabre.notifications.entity.NotificationsWritten;
import org.palabre.posts.entity.Post;
import org.palabre.posts.entity.PostHidden;

/**
 * Tells the moderators of a category (the site's moderators and its moderator group) that flags hid one of
 * its posts, inside the hiding transaction. A moderator already told about that post (mentioned in it, say)
 * has that notification turned into this one, unread again: one row per member and post.
 */
@ApplicationScoped
public class FlagNotifier {

    @PersistenceContext
    EntityManager entityManager;

    @Inject
    Event<NotificationsWritten> written;

    void hidden(@Observes PostHidden event) {
        if (!event.awaitsReview()) {
            return; // a moderator hid it while deciding its flags: nothing is left to review
        }
        Post post = entityManager.find(Post.class, event.postId());
        Account actor = entityManager.find(Account.class, event.actorId());
        for (Account moderator : moderators(event.categoryId())) {
            if (moderator.id().equals(post.author().id())) {
                continue;
            }
            List<Notification> existing = entityManager
                    .createQuery(
                            "SELECT n FROM Notification n WHERE n.recipient.id = :me AND n.post.id = :post",
                            Notification.class)
                    .setParameter("me", moderator.id())
                    .setParameter("post", post.id())
                    .getResultList();
            if (existing.isEmpty()) {
                entityManager.persist(new Notification(moderator, NotificationKind.POST_FLAGGED, post, actor));
            } else {
                existing.get(0).retell(NotificationKind.POST_FLAGGED, actor);
            }
        }
        written.fire(new NotificationsWritten(post.id()));
    }

    private Set<Account> moderators(long categoryId) {
        Set<Account> moderators = new LinkedHashSet<>(entityManager
                .createQuery("SELECT a FROM Account a WHERE a.role IN :staff AND a.status = :active", Account.class)
                .setParameter("staff", List.of(Role.MODERATOR, Role.ADMIN))
                .setParameter("active", AccountStatus.ACTIVE)
                .getResultList());
        Long group = entityManager.find(Category.class, categoryId).moderatorGroupId();
        if (group != null) {
            moderators.addAll(entityManager
                    .createQuery(
                            "SELECT m.account FROM GroupMembership m WHERE m.group.id = :group "
                                    + "AND m.account.status = :active",
                            Account.class)
                    .setParameter("group", group)
                    .setParameter("active", AccountStatus.ACTIVE)
                    .getResultList());
        }
        return moderators;
    }
}
