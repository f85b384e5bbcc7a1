package org.palabre.moderation.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.function.LongSupplier;
import org.palabre.accounts.entity.Account;
import org.palabre.accounts.entity.Role;
import org.palabre.moderation.entity.ModerationAction.TargetKind;
import org.palabre.moderation.entity.ModerationActionKind;

/**
 * Whether an account is still new: its first day, or fewer approved posts than the site asks. New accounts
 * are where spam and raids come from, so they post fewer links and mentions, no images, and more slowly.
 * The limits lift by themselves past the thresholds, or when a moderator trusts the member.
 */
@ApplicationScoped
public class Trust {

    public static final Duration FIRST_DAY = Duration.ofDays(1);

    /** What a new account's post may hold at most. */
    public static final int MAX_LINKS = 2;

    public static final int MAX_IMAGES = 0;

    /** Why a new account's post is refused: the message key and the limit it went over. */
    public record Refusal(String problem, int limit) {}

    @PersistenceContext
    EntityManager entityManager;

    @Inject
    ModerationSettings settings;

    @Inject
    ModerationLog log;

    @Transactional
    public boolean isNew(Account account) {
        return isNew(account, Instant.now(), settings.thresholds(), () -> approvedPosts(account));
    }

    /**
     * Whether the account is still new at {@code now}. {@code approvedPosts} counts the account's posts that members
     * see; it is a query, so it runs only for an account past its first day while the site asks for a number.
     */
    public static boolean isNew(
            Account account, Instant now, ModerationSettings.Thresholds thresholds, LongSupplier approvedPosts) {
        if (account.isTrusted() || account.has(Role.MODERATOR)) {
            return false;
        }
        if (account.createdAt().isAfter(now.minus(FIRST_DAY))) {
            return true;
        }
        int needed = thresholds.trustFewerPostsThan();
        return needed > 0 && approvedPosts.getAsLong() < needed;
    }

    /** The limits a new account's post goes over, the first found; nothing for an established member. */
    public Optional<Refusal> refusal(Account author, LinkCount count) {
        return refusal(isNew(author), count);
    }

    public static Optional<Refusal> refusal(boolean authorIsNew, LinkCount count) {
        if (!authorIsNew) {
            return Optional.empty();
        }
        if (count.images() > MAX_IMAGES) {
            return Optional.of(new Refusal("trust.noImages", MAX_IMAGES));
        }
        if (count.links() > MAX_LINKS) {
            return Optional.of(new Refusal("trust.tooManyLinks", MAX_LINKS));
        }
        return Optional.empty();
    }

    /** Posts members see: the measure of an account's standing. */
    @Transactional
    public long approvedPosts(Account account) {
        return entityManager
                .createQuery(
                        "SELECT COUNT(p) FROM Post p WHERE p.author.id = :author AND "
                                + org.palabre.posts.control.PostVisibility.shownToMembersJpql("p"),
                        Long.class)
                .setParameter("author", account.id())
                .getSingleResult();
    }

    @Transactional
    public void trust(Account actor, Account member, String reason) {
        Account account = entityManager.find(Account.class, member.id());
        account.trust();
        log.record(
                actor,
                ModerationActionKind.MEMBER_TRUSTED,
                TargetKind.ACCOUNT,
                account.id(),
                null,
                TopicModeration.reason(reason),
                account.username());
    }

    @Transactional
    public void removeTrust(Account actor, Account member, String reason) {
        Account account = entityManager.find(Account.class, member.id());
        account.removeTrust();
        log.record(
                actor,
                ModerationActionKind.MEMBER_TRUST_REMOVED,
                TargetKind.ACCOUNT,
                account.id(),
                null,
                TopicModeration.reason(reason),
                account.username());
    }
}
