package org.palabre.moderation.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import org.palabre.accounts.entity.Account;
import org.palabre.categories.control.CategoryPermissions;
import org.palabre.moderation.entity.ModerationAction.TargetKind;
import org.palabre.moderation.entity.ModerationActionKind;
import org.palabre.moderation.entity.WatchedWordHit;
import org.palabre.posts.control.PostVisibility;
import org.palabre.posts.entity.Post;
import org.palabre.web.control.Refusal;

/**
 * What waits for a moderator at /review/approvals: posts held for approval, oldest first, each with the post
 * before it and its author's history; and published posts a watched word flagged. Each moderator sees the
 * part of the queue in the categories they moderate.
 */
@ApplicationScoped
public class ApprovalQueue {

    static final int MOST_SHOWN = 100;

    /** An author's standing, for deciding: when they joined, what was published and what was refused. */
    public record History(String username, Instant joinedAt, long published, long refused, boolean trusted) {}

    /** A held post with the post it answers (or the one before it), if there is one members see. */
    public record Held(Post post, Post context, History author) {}

    public record Flagged(WatchedWordHit hit, Post post) {}

    @PersistenceContext
    EntityManager entityManager;

    @Inject
    CategoryPermissions categories;

    @Inject
    Trust trust;

    @Inject
    ModerationLog log;

    @Transactional
    public List<Held> held(Account moderator) {
        return entityManager
                .createQuery(
                        "SELECT p FROM Post p JOIN FETCH p.topic t JOIN FETCH p.author "
                                + "WHERE p.pendingSince IS NOT NULL AND p.deletedAt IS NULL ORDER BY p.pendingSince, p.id",
                        Post.class)
                .setMaxResults(MOST_SHOWN * 4)
                .getResultStream()
                .filter(p -> categories.canModerate(moderator, p.topic().categoryId()))
                .limit(MOST_SHOWN)
                .map(p -> new Held(p, context(p), history(p.author())))
                .toList();
    }

    @Transactional
    public List<Flagged> flagged(Account moderator) {
        return entityManager
                .createQuery(
                        "SELECT h, p FROM WatchedWordHit h, Post p JOIN FETCH p.topic JOIN FETCH p.author "
                                + "WHERE p.id = h.postId AND h.dismissedAt IS NULL ORDER BY h.createdAt, h.id",
                        Object[].class)
                .setMaxResults(MOST_SHOWN * 4)
                .getResultStream()
                .map(row -> new Flagged((WatchedWordHit) row[0], (Post) row[1]))
                .filter(f -> categories.canModerate(moderator, f.post().topic().categoryId()))
                .limit(MOST_SHOWN)
                .toList();
    }

    /** The flag was looked at: off the list, and logged. */
    @Transactional
    public void dismiss(Account moderator, long hitId) {
        WatchedWordHit hit = entityManager.find(WatchedWordHit.class, hitId);
        Post post = hit == null ? null : entityManager.find(Post.class, hit.postId());
        if (post == null) {
            throw Refusal.notFound();
        }
        ModerationPermissions.require(
                categories.canModerate(moderator, post.topic().categoryId()));
        hit.dismiss();
        log.record(
                moderator,
                ModerationActionKind.WATCHED_WORD_FLAG_DISMISSED,
                TargetKind.POST,
                post.id(),
                post.topic().categoryId(),
                null,
                hit.phrase());
    }

    private Post context(Post post) {
        Integer number =
                post.replyToNumber() != null ? post.replyToNumber() : post.number() > 1 ? post.number() - 1 : null;
        if (number == null) {
            return null;
        }
        return entityManager
                .createQuery(
                        "SELECT p FROM Post p JOIN FETCH p.author WHERE p.topic.id = :topic AND p.number <= :number AND "
                                + PostVisibility.shownToMembersJpql("p") + " ORDER BY p.number DESC",
                        Post.class)
                .setParameter("topic", post.topic().id())
                .setParameter("number", number)
                .setMaxResults(1)
                .getResultStream()
                .findFirst()
                .orElse(null);
    }

    private History history(Account author) {
        long refused = entityManager
                .createQuery(
                        "SELECT COUNT(p) FROM Post p WHERE p.author.id = :author AND p.deletedAt IS NOT NULL",
                        Long.class)
                .setParameter("author", author.id())
                .getSingleResult();
        return new History(
                author.username(), author.createdAt(), trust.approvedPosts(author), refused, author.isTrusted());
    }
}
