package org.palabre.flags.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.palabre.accounts.entity.Account;
import org.palabre.categories.control.CategoryPermissions;
import org.palabre.flags.entity.Flag;
import org.palabre.moderation.control.ModerationLog;
import org.palabre.moderation.control.PostModeration;
import org.palabre.moderation.entity.ModerationAction.TargetKind;
import org.palabre.moderation.entity.ModerationActionKind;
import org.palabre.posts.entity.Post;
import org.palabre.posts.entity.PostHidden;
import org.palabre.web.control.Refusal;

/**
 * Flagged posts awaiting a decision, oldest first, each with its flags and its author's history; and the
 * decisions. Moderators of a category see and decide only its posts; site moderators see all.
 */
@ApplicationScoped
public class ReviewQueue {

    /** What a moderator decides about a flagged post. */
    public enum Decision {
        AGREE,
        DISAGREE,
        IGNORE
    }

    public record FlagLine(String flagger, String reason, String message, Instant at) {}

    public record AuthorHistory(
            String username,
            Instant joinedAt,
            long posts,
            long agreedFlags,
            Instant silencedUntil,
            Instant suspendedUntil) {}

    public record Item(
            long postId,
            String topicTitle,
            String postPath,
            long categoryId,
            boolean hidden,
            String cooked,
            List<FlagLine> flags,
            AuthorHistory author) {}

    @PersistenceContext
    EntityManager entityManager;

    @Inject
    Event<PostHidden> hidden;

    @Inject
    CategoryPermissions categories;

    @Inject
    ModerationLog log;

    @Inject
    PostModeration postModeration;

    /** Whether this person has a queue at all: a site moderator, or a moderator of some category. */
    public boolean canReview(Account actor) {
        return actor != null && categories.all().stream().anyMatch(c -> categories.canModerate(actor, c));
    }

    @Transactional
    public List<Item> pending(Account moderator) {
        List<Flag> open = entityManager
                .createQuery(
                        "SELECT f FROM Flag f JOIN FETCH f.post p JOIN FETCH p.topic t "
                                + "JOIN FETCH p.author JOIN FETCH f.flagger WHERE f.resolution IS NULL ORDER BY f.createdAt, f.id",
                        Flag.class)
                .getResultList();
        Map<Long, List<Flag>> byPost = new LinkedHashMap<>();
        open.stream()
                .filter(f -> categories.canModerate(moderator, f.post().topic().categoryId()))
                .forEach(f -> byPost.computeIfAbsent(f.post().id(), id -> new java.util.ArrayList<>())
                        .add(f));
        return byPost.values().stream().map(this::item).toList();
    }

    private Item item(List<Flag> flags) {
        Post post = flags.get(0).post();
        Account author = post.author();
        long posts = entityManager
                .createQuery("SELECT COUNT(p) FROM Post p WHERE p.author.id = :a", Long.class)
                .setParameter("a", author.id())
                .getSingleResult();
        long agreed = entityManager
                .createQuery(
                        "SELECT COUNT(DISTINCT f.post.id) FROM Flag f WHERE f.post.author.id = :a "
                                + "AND f.resolution = :agreed",
                        Long.class)
                .setParameter("a", author.id())
                .setParameter("agreed", Flag.Resolution.AGREED)
                .getSingleResult();
        Instant now = Instant.now();
        return new Item(
                post.id(),
                post.topic().title(),
                post.path(),
                post.topic().categoryId(),
                post.isHidden(),
                post.cooked(),
                flags.stream()
                        .map(f ->
                                new FlagLine(f.flagger().username(), f.reason().name(), f.message(), f.createdAt()))
                        .toList(),
                new AuthorHistory(
                        author.username(),
                        author.createdAt(),
                        posts,
                        agreed,
                        author.standing().isSilenced(now) ? author.standing().silencedUntil() : null,
                        author.standing().isSuspended(now) ? author.standing().suspendedUntil() : null));
    }

    /**
     * Decides every open flag of the post: agree keeps it hidden (or deletes it as a moderator does, its content
     * kept for staff, restorable), disagree shows it again, ignore leaves it as it is. Logged with the reason given.
     */
    @Transactional
    public Post decide(Account moderator, long postId, Decision decision, boolean delete, String reason) {
        Post post = entityManager.find(Post.class, postId);
        if (post == null || !categories.canRead(moderator, post.topic().categoryId())) {
            throw Refusal.notFound();
        }
        if (!categories.canModerate(moderator, post.topic().categoryId())) {
            throw new Refusal(403, "moderation.notYourCategory");
        }
        List<Flag> open = entityManager
                .createQuery("SELECT f FROM Flag f WHERE f.post.id = :post AND f.resolution IS NULL", Flag.class)
                .setParameter("post", postId)
                .getResultList();
        if (open.isEmpty()) {
            throw new Refusal(409, "moderation.noOpenFlags");
        }
        Account actor = entityManager.find(Account.class, moderator.id());
        Flag.Resolution resolution = switch (decision) {
            case AGREE -> Flag.Resolution.AGREED;
            case DISAGREE -> Flag.Resolution.DISAGREED;
            case IGNORE -> Flag.Resolution.IGNORED;
        };
        open.forEach(f -> f.resolve(resolution, actor));
        Long category = post.topic().categoryId();
        String details = open.size() + " flags";
        switch (decision) {
            case AGREE -> {
                log.record(
                        actor, ModerationActionKind.FLAGS_AGREED, TargetKind.POST, postId, category, reason, details);
                if (delete) {
                    // The deletion of the post's own menu, so that menu can restore it.
                    postModeration.delete(actor, postId, reason);
                } else if (!post.isHidden()) {
                    post.hide("FLAGS");
                    hidden.fire(new PostHidden(postId, category, actor.id(), blankToNull(reason), false));
                }
            }
            case DISAGREE -> {
                if (post.isHidden()) {
                    post.unhide();
                }
                log.record(
                        actor,
                        ModerationActionKind.FLAGS_DISAGREED,
                        TargetKind.POST,
                        postId,
                        category,
                        reason,
                        details);
            }
            case IGNORE ->
                log.record(
                        actor, ModerationActionKind.FLAGS_IGNORED, TargetKind.POST, postId, category, reason, details);
        }
        return post;
    }

    private static String blankToNull(String reason) {
        return reason == null || reason.isBlank() ? null : reason.strip();
    }
}
