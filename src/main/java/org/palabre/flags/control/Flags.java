package org.palabre.flags.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.util.Map;
import org.palabre.accounts.control.WritingRights;
import org.palabre.accounts.entity.Account;
import org.palabre.categories.control.CategoryPermissions;
import org.palabre.flags.entity.Flag;
import org.palabre.flags.entity.FlagReason;
import org.palabre.moderation.control.ModerationLog;
import org.palabre.moderation.entity.ModerationAction.TargetKind;
import org.palabre.moderation.entity.ModerationActionKind;
import org.palabre.posts.control.PostEditor;
import org.palabre.posts.entity.Post;
import org.palabre.posts.entity.PostHidden;
import org.palabre.security.control.RateLimits;
import org.palabre.settings.control.SiteSettings;
import org.palabre.web.control.Refusal;

/**
 * Members flagging posts. A post one cannot read cannot be flagged (it does not exist for them), nor one's
 * own; floods are rate limited ({@code palabre.limits.flag}); enough flags hide the post pending review.
 */
@ApplicationScoped
public class Flags {

    static final RateLimits.Limit FLAG = new RateLimits.Limit("flag", 10, Duration.ofHours(1));
    /** Logged as the reason of an automatic hiding. */
    public static final String HIDDEN_BY_FLAGS = "FLAGS";

    @PersistenceContext
    EntityManager entityManager;

    @Inject
    PostEditor posts;

    @Inject
    CategoryPermissions categories;

    @Inject
    RateLimits rateLimits;

    @Inject
    SiteSettings settings;

    @Inject
    ModerationLog log;

    @Inject
    Event<PostHidden> hidden;

    /** The post a member may flag: readable, still in view, not their own. */
    @Transactional
    public Post flaggable(Account flagger, long postId) {
        Post post =
                posts.readable(flagger, postId).filter(p -> !p.isWithdrawn()).orElseThrow(Refusal::notFound);
        if (post.author().id().equals(flagger.id())) {
            throw new Refusal(403, "flags.own");
        }
        WritingRights.requireNotSilenced(flagger);
        return post;
    }

    /** Per field what is wrong (message keys); empty when the flag is recorded. */
    @Transactional
    public Map<String, String> flag(Account flagger, long postId, String reasonName, String message) {
        Post post = flaggable(flagger, postId);
        rateLimits.take(FLAG, flagger.id().toString()); // every attempt counts, so refused ones cannot probe freely
        Map<String, String> problems = FlagRules.problems(reasonName, message);
        if (!problems.isEmpty()) {
            return problems;
        }
        // One flag at a time per post: the duplicate check and the count that may hide it see every earlier flag.
        entityManager.lock(post, LockModeType.PESSIMISTIC_WRITE);
        if (alreadyFlagged(flagger, post)) {
            throw new Refusal(409, "flags.already");
        }
        if (post.isHidden()) {
            throw new Refusal(409, "flags.alreadyHidden");
        }
        FlagReason reason = FlagReason.named(reasonName).orElseThrow();
        entityManager.persist(new Flag(post, entityManager.find(Account.class, flagger.id()), reason, message));
        entityManager.flush();
        boolean byModerator = categories.canModerate(flagger, post.topic().categoryId());
        if (FlagRules.hides(openFlags(post), settings.flagThreshold(), byModerator)) {
            post.hide(HIDDEN_BY_FLAGS);
            log.record(
                    byModerator ? flagger : null,
                    ModerationActionKind.POST_HIDDEN,
                    TargetKind.POST,
                    post.id(),
                    post.topic().categoryId(),
                    null,
                    byModerator ? "{modlog.details.byModerator}" : "{modlog.details.flags|" + openFlags(post) + "}");
            // The author learns the tipping flag's reason, never the flagger's own words (moderators' alone).
            hidden.fire(new PostHidden(
                    post.id(), post.topic().categoryId(), flagger.id(), "{flags.reason." + reason.name() + "}", true));
        }
        return Map.of();
    }

    private boolean alreadyFlagged(Account flagger, Post post) {
        return entityManager
                        .createQuery(
                                "SELECT COUNT(f) FROM Flag f WHERE f.post.id = :post AND f.flagger.id = :flagger",
                                Long.class)
                        .setParameter("post", post.id())
                        .setParameter("flagger", flagger.id())
                        .getSingleResult()
                > 0;
    }

    private long openFlags(Post post) {
        return entityManager
                .createQuery("SELECT COUNT(f) FROM Flag f WHERE f.post.id = :post AND f.resolution IS NULL", Long.class)
                .setParameter("post", post.id())
                .getSingleResult();
    }
}
