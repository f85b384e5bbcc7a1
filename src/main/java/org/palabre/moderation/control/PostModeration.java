package org.palabre.moderation.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.Map;
import org.palabre.accounts.entity.Account;
import org.palabre.accounts.entity.AccountStatus;
import org.palabre.categories.control.CategoryPermissions;
import org.palabre.moderation.entity.ModerationAction.TargetKind;
import org.palabre.moderation.entity.ModerationActionKind;
import org.palabre.posts.entity.Post;
import org.palabre.topics.entity.Topic;
import org.palabre.web.control.InvalidInput;
import org.palabre.web.control.Refusal;

/** Deleting and restoring a post, and giving it another author: by the moderators of its category, logged. */
@ApplicationScoped
public class PostModeration {

    @PersistenceContext
    EntityManager entityManager;

    @Inject
    ModerationPermissions permissions;

    @Inject
    CategoryPermissions categories;

    @Inject
    ModerationLog log;

    /** Soft: the post keeps its place and content (for staff); members read that it was deleted. */
    @Transactional
    public Post delete(Account actor, long postId, String reason) {
        Post post = moderated(actor, postId);
        post.delete();
        log.record(
                actor,
                ModerationActionKind.POST_DELETED,
                TargetKind.POST,
                post.id(),
                post.topic().categoryId(),
                TopicModeration.reason(reason),
                where(post));
        return post;
    }

    @Transactional
    public Post restore(Account actor, long postId, String reason) {
        Post post = moderated(actor, postId);
        post.restore();
        log.record(
                actor,
                ModerationActionKind.POST_RESTORED,
                TargetKind.POST,
                post.id(),
                post.topic().categoryId(),
                TopicModeration.reason(reason),
                where(post));
        return post;
    }

    /** The first post's author is the topic's author too. */
    @Transactional
    public Post changeAuthor(Account actor, long postId, String username, String reason) {
        Post post = moderated(actor, postId);
        Account newAuthor = entityManager
                .createQuery("SELECT a FROM Account a WHERE a.usernameKey = :key AND a.status = :active", Account.class)
                .setParameter("key", Account.loginKey(username == null ? "" : username.strip()))
                .setParameter("active", AccountStatus.ACTIVE)
                .getResultStream()
                .findFirst()
                .orElseThrow(() -> new InvalidInput(Map.of("username", "moderation.author.unknown")));
        String before = post.author().username();
        post.attributeTo(newAuthor);
        if (post.number() == 1) {
            post.topic().attributeTo(newAuthor);
        }
        log.record(
                actor,
                ModerationActionKind.POST_AUTHOR_CHANGED,
                TargetKind.POST,
                post.id(),
                post.topic().categoryId(),
                TopicModeration.reason(reason),
                where(post) + " {modlog.details.author|" + before + "|" + newAuthor.username() + "}");
        return post;
    }

    private Post moderated(Account actor, long postId) {
        Post post = entityManager.find(Post.class, postId);
        if (post == null || !categories.canRead(actor, post.topic().categoryId())) {
            throw Refusal.notFound();
        }
        // The topic's row lock keeps its count right against a reply or another action at the same moment.
        entityManager.lock(post.topic(), LockModeType.PESSIMISTIC_WRITE);
        permissions.requireModerator(actor, post.topic());
        return post;
    }

    private static String where(Post post) {
        Topic topic = post.topic();
        return topic.title() + " #" + post.number();
    }
}
