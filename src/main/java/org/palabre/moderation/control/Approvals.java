package org.palabre.moderation.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.util.function.LongSupplier;
import org.palabre.accounts.entity.Account;
import org.palabre.categories.control.CategoryPermissions;
import org.palabre.categories.control.CategoryRights;
import org.palabre.categories.entity.Category;
import org.palabre.moderation.entity.ModerationAction.TargetKind;
import org.palabre.moderation.entity.ModerationActionKind;
import org.palabre.posts.entity.Post;
import org.palabre.posts.entity.PostPublished;
import org.palabre.topics.entity.Topic;
import org.palabre.web.control.Refusal;

/**
 * Which new posts wait for a moderator, and approving or rejecting them. A held post fires no
 * PostPublished: nobody is told of it, and no mail leaves, until a moderator approves it.
 */
@ApplicationScoped
public class Approvals {

    @PersistenceContext
    EntityManager entityManager;

    @Inject
    ModerationSettings settings;

    @Inject
    CategoryPermissions categories;

    @Inject
    Trust trust;

    @Inject
    ModerationLog log;

    @Inject
    Event<PostPublished> published;

    /** Whether this new post waits for approval. */
    public boolean mustHold(Account author, Category category, boolean startsTopic, WatchedWords.Verdict words) {
        return mustHold(
                categories.rightsOf(author, category),
                startsTopic,
                words,
                settings.thresholds(),
                () -> trust.approvedPosts(author),
                Instant.now());
    }

    /**
     * The same from loaded data: the author's rights in the category; the category's moderators never wait for
     * themselves. {@code approvedPosts} counts the author's posts that members see; it is a query, so it runs only
     * when the site holds posts of members with fewer.
     */
    public static boolean mustHold(
            CategoryRights author,
            boolean startsTopic,
            WatchedWords.Verdict words,
            ModerationSettings.Thresholds thresholds,
            LongSupplier approvedPosts,
            Instant now) {
        if (author.moderates()) {
            return false;
        }
        if (words.holds() || (startsTopic && author.category().topicsNeedApproval())) {
            return true;
        }
        Account account = author.account();
        if (account.isTrusted()) {
            return false;
        }
        if (thresholds.approvalYoungerThanDays() > 0
                && account.createdAt().isAfter(now.minus(Duration.ofDays(thresholds.approvalYoungerThanDays())))) {
            return true;
        }
        return thresholds.approvalFewerPostsThan() > 0
                && approvedPosts.getAsLong() < thresholds.approvalFewerPostsThan();
    }

    /** Publishes the held post: counted, shown, and announced (mentions, watchers, mail) as a new post is. */
    @Transactional
    public Post approve(Account actor, long postId) {
        Post post = held(actor, postId);
        Topic topic = entityManager.find(Topic.class, post.topic().id(), LockModeType.PESSIMISTIC_WRITE);
        boolean startsTopic = post.number() == 1;
        if (startsTopic) {
            topic.approve();
        }
        post.approve();
        log.record(
                actor,
                ModerationActionKind.POST_APPROVED,
                TargetKind.POST,
                post.id(),
                topic.categoryId(),
                null,
                topic.title() + " #" + post.number());
        entityManager.flush();
        published.fire(new PostPublished(post.id(), topic.id(), post.author().id(), startsTopic));
        return post;
    }

    /** Refuses the held post: deleted, never published; its author still sees nothing of it but the refusal. */
    @Transactional
    public Post reject(Account actor, long postId, String reason) {
        Post post = held(actor, postId);
        post.reject();
        log.record(
                actor,
                ModerationActionKind.POST_REJECTED,
                TargetKind.POST,
                post.id(),
                post.topic().categoryId(),
                TopicModeration.reason(reason),
                post.topic().title() + " #" + post.number());
        return post;
    }

    private Post held(Account actor, long postId) {
        Post post = entityManager.find(Post.class, postId);
        if (post == null || !post.isPending() || post.isDeleted()) {
            throw Refusal.notFound();
        }
        ModerationPermissions.require(categories.canModerate(actor, post.topic().categoryId()));
        return post;
    }
}
