package org.palabre.live.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.palabre.accounts.control.CurrentAccount;
import org.palabre.accounts.control.MemberSessions;
import org.palabre.accounts.entity.Account;
import org.palabre.categories.control.CategoryPermissions;
import org.palabre.categories.control.CategoryRights;
import org.palabre.live.entity.LiveChange;
import org.palabre.live.entity.LiveChange.Kind;
import org.palabre.notifications.control.Notifications;
import org.palabre.posts.control.PostPermissions;
import org.palabre.posts.control.PostVisibility;
import org.palabre.posts.entity.Post;
import org.palabre.topics.entity.Topic;

/**
 * Who is told of a change, decided when it is sent and for each reader, by the rules' owners: PostPermissions for
 * the topic, PostVisibility for the post, CategoryReading (through CategoryPermissions) for the category. A new or
 * edited post is told only to readers who may read it and only while every member may (never held, hidden or
 * withdrawn); a hidden post only to readers who may read its topic, who then fetch its place-holder.
 * Runs on the dispatcher's thread, so it opens its own request context for the request-scoped rule holders.
 */
@ApplicationScoped
public class LiveAudience {

    /** The readers a post's change is told to: visitors as a whole, and members by id. */
    public record Told(LiveChange change, int number, boolean visitors, Set<Long> members) {}

    @PersistenceContext
    EntityManager entityManager;

    @Inject
    CategoryPermissions categories;

    @Inject
    MemberSessions sessions;

    @Inject
    Notifications notifications;

    @Inject
    LiveJournal journal;

    @ActivateRequestContext
    @Transactional
    public Optional<Told> of(LiveChange change, boolean visitors, Set<Long> members) {
        Post post = entityManager.find(Post.class, change.postId());
        if (post == null) {
            return Optional.empty();
        }
        Topic topic = post.topic();
        PostVisibility.States states = PostVisibility.States.of(post);
        boolean visitorsTold = visitors && mayBeTold(change.kind(), null, topic, states);
        Set<Long> membersTold = new HashSet<>();
        for (Long member : members) {
            Account account = entityManager.find(Account.class, member);
            if (account != null && mayBeTold(change.kind(), account, topic, states)) {
                membersTold.add(member);
            }
        }
        return Optional.of(new Told(change, post.number(), visitorsTold, Set.copyOf(membersTold)));
    }

    /** What one reader missed since the event id it last had, with the same rule as when it is sent live. */
    @ActivateRequestContext
    @Transactional
    public List<Told> missed(LiveScope scope, long target, Long accountId, long afterEventId) {
        List<LiveChange> changes = scope == LiveScope.TOPIC
                ? journal.inTopicAfter(afterEventId, target, 500)
                : journal.startedInCategoryAfter(afterEventId, target, 500);
        return changes.stream()
                .map(change -> of(change, accountId == null, accountId == null ? Set.of() : Set.of(accountId)))
                .flatMap(Optional::stream)
                .filter(told -> told.visitors() || !told.members().isEmpty())
                .toList();
    }

    /**
     * Whether a stream may stay open: its session still opens the site (not signed out, not suspended) and its
     * reader may still read what it follows.
     */
    @ActivateRequestContext
    @Transactional
    public boolean mayStay(LiveScope scope, long target, Long accountId, String sessionToken) {
        Account reader = null;
        if (accountId != null) {
            reader = sessions.accountFor(sessionToken)
                    .filter(account -> account.id().equals(accountId))
                    .filter(account -> CurrentAccount.isAdmitted(account, Instant.now()))
                    .orElse(null);
            if (reader == null) {
                return false;
            }
        }
        return switch (scope) {
            case NOTIFICATIONS -> reader != null;
            case CATEGORY -> categories.canRead(reader, target);
            case TOPIC -> {
                Topic topic = entityManager.find(Topic.class, target);
                yield topic != null && PostPermissions.mayRead(categories.rightsOf(reader, topic.categoryId()), topic);
            }
        };
    }

    /** The unread counts of those members who were just notified of the post. */
    @ActivateRequestContext
    @Transactional
    public Map<Long, Long> unreadOfNotified(long postId, Set<Long> members) {
        Map<Long, Long> counts = new HashMap<>();
        if (members.isEmpty()) {
            return counts;
        }
        entityManager
                .createQuery(
                        "SELECT DISTINCT n.recipient.id FROM Notification n WHERE n.post.id = :post "
                                + "AND n.recipient.id IN :members",
                        Long.class)
                .setParameter("post", postId)
                .setParameter("members", members)
                .getResultStream()
                .forEach(member -> counts.put(member, unread(member)));
        return counts;
    }

    @ActivateRequestContext
    @Transactional
    public long unread(long accountId) {
        Account member = entityManager.find(Account.class, accountId);
        return member == null ? 0 : notifications.unread(member);
    }

    private boolean mayBeTold(Kind kind, Account reader, Topic topic, PostVisibility.States post) {
        CategoryRights rights = categories.rightsOf(reader, topic.categoryId());
        if (!PostPermissions.mayRead(rights, topic)) {
            return false;
        }
        return kind == Kind.HIDDEN
                ? PostVisibility.isListedFor(post, reader, rights.moderates())
                : PostVisibility.isShownToMembers(post);
    }
}
