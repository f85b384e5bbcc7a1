package org.palabre.moderation.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.palabre.accounts.control.AccountDeletions;
import org.palabre.accounts.control.ApiTokens;
import org.palabre.accounts.control.MemberSessions;
import org.palabre.accounts.entity.Account;
import org.palabre.accounts.entity.Role;
import org.palabre.moderation.entity.ModerationAction.TargetKind;
import org.palabre.moderation.entity.ModerationActionKind;
import org.palabre.moderation.entity.SuspensionRequest;
import org.palabre.settings.control.SiteSettings;
import org.palabre.web.control.Refusal;

/**
 * What site moderators do to a member: silence, suspend, lift either early, delete a spammer. Nobody acts
 * on an administrator or on themselves. Suspensions longer than 30 days wait for a second moderator when
 * the site keeps the two-person rule. Every step is logged in the step's own transaction.
 */
@ApplicationScoped
public class MemberRestrictions {

    /** What became of a suspension: in force, or waiting for a second moderator. */
    public enum Outcome {
        DONE,
        PENDING
    }

    @PersistenceContext
    EntityManager entityManager;

    @Inject
    ModerationLog log;

    @Inject
    ModerationMails mails;

    @Inject
    MemberSessions sessions;

    @Inject
    ApiTokens apiTokens;

    @Inject
    AccountDeletions deletions;

    @Inject
    SiteSettings settings;

    public boolean canActOnMembers(Account actor) {
        return actor != null && actor.isActive() && actor.has(Role.MODERATOR);
    }

    @Transactional
    public Optional<Account> member(String username) {
        return entityManager
                .createQuery("SELECT a FROM Account a WHERE a.usernameKey = :key", Account.class)
                .setParameter("key", Account.loginKey(username))
                .getResultStream()
                .filter(a -> !a.isDeleted())
                .findFirst();
    }

    /** Per field what is wrong (message keys), or empty. */
    public static Map<String, String> problems(Integer days, String reason) {
        if (days == null || !RestrictionRules.validDays(days)) {
            return Map.of("days", "moderation.days.invalid");
        }
        if (!RestrictionRules.validReason(reason)) {
            return Map.of("reason", "moderation.reason.required");
        }
        return Map.of();
    }

    @Transactional
    public void silence(Account actor, String username, int days, String reason) {
        Account target = target(actor, username);
        Instant until = Instant.now().plus(Duration.ofDays(days));
        target.standing().silence(until, reason.strip());
        log.record(
                moderator(actor),
                ModerationActionKind.MEMBER_SILENCED,
                TargetKind.ACCOUNT,
                target.id(),
                null,
                reason,
                "{modlog.details.days|" + days + "}");
        mails.silenced(target, until, reason.strip());
    }

    @Transactional
    public Outcome suspend(Account actor, String username, int days, String reason) {
        Account target = target(actor, username);
        if (RestrictionRules.needsSecondModerator(days, settings.twoPersonRule())) {
            entityManager.persist(new SuspensionRequest(target, moderator(actor), days, reason.strip()));
            log.record(
                    moderator(actor),
                    ModerationActionKind.SUSPENSION_REQUESTED,
                    TargetKind.ACCOUNT,
                    target.id(),
                    null,
                    reason,
                    "{modlog.details.days|" + days + "}");
            return Outcome.PENDING;
        }
        applySuspension(moderator(actor), target, days, reason.strip());
        return Outcome.DONE;
    }

    @Transactional
    public List<SuspensionRequest> pendingRequests() {
        return entityManager
                .createQuery(
                        "SELECT r FROM SuspensionRequest r JOIN FETCH r.target LEFT JOIN FETCH r.requestedBy "
                                + "WHERE r.outcome IS NULL ORDER BY r.createdAt",
                        SuspensionRequest.class)
                .getResultList();
    }

    /** A second moderator confirms (the suspension starts now) or rejects a pending request. */
    @Transactional
    public SuspensionRequest decide(Account actor, long requestId, boolean confirm, String reason) {
        if (!canActOnMembers(actor)) {
            throw new Refusal(403, "moderation.forbidden");
        }
        SuspensionRequest request = entityManager.find(SuspensionRequest.class, requestId);
        if (request == null || !request.isPending()) {
            throw Refusal.notFound();
        }
        if (!request.mayBeDecidedBy(actor)) {
            throw new Refusal(403, "moderation.requests.sameModerator");
        }
        Account second = moderator(actor);
        request.decide(confirm ? SuspensionRequest.Outcome.CONFIRMED : SuspensionRequest.Outcome.REJECTED, second);
        log.record(
                second,
                confirm ? ModerationActionKind.SUSPENSION_CONFIRMED : ModerationActionKind.SUSPENSION_REJECTED,
                TargetKind.ACCOUNT,
                request.target().id(),
                null,
                reason,
                "{modlog.details.requestedBy|"
                        + (request.requestedBy() == null
                                ? "?"
                                : request.requestedBy().username())
                        + "}");
        if (confirm) {
            applySuspension(second, request.target(), request.days(), request.reason());
        }
        return request;
    }

    @Transactional
    public void liftSilence(Account actor, String username, String reason) {
        Account target = target(actor, username);
        target.standing().liftSilence();
        log.record(
                moderator(actor),
                ModerationActionKind.SILENCE_LIFTED,
                TargetKind.ACCOUNT,
                target.id(),
                null,
                reason,
                null);
    }

    @Transactional
    public void liftSuspension(Account actor, String username, String reason) {
        Account target = target(actor, username);
        target.standing().liftSuspension();
        log.record(
                moderator(actor),
                ModerationActionKind.SUSPENSION_LIFTED,
                TargetKind.ACCOUNT,
                target.id(),
                null,
                reason,
                null);
    }

    /** The account is deleted with its posts' content, and its address may not sign up again. */
    @Transactional
    public void deleteSpammer(Account actor, String username, String reason) {
        Account target = target(actor, username);
        log.record(
                moderator(actor),
                ModerationActionKind.SPAMMER_DELETED,
                TargetKind.ACCOUNT,
                target.id(),
                null,
                reason,
                target.username());
        deletions.deleteSpammer(target);
    }

    private void applySuspension(Account actor, Account target, int days, String reason) {
        Instant until = Instant.now().plus(Duration.ofDays(days));
        target.standing().suspend(until, reason);
        // Like its sessions, its tokens end for good: a suspension that ends must not wake a script left running.
        sessions.closeAll(target);
        apiTokens.revokeAll(target);
        log.record(
                actor,
                ModerationActionKind.MEMBER_SUSPENDED,
                TargetKind.ACCOUNT,
                target.id(),
                null,
                reason,
                "{modlog.details.days|" + days + "}");
        mails.suspended(target, until, reason);
    }

    private Account target(Account actor, String username) {
        if (!canActOnMembers(actor)) {
            throw new Refusal(403, "moderation.forbidden");
        }
        Account target = member(username).orElseThrow(Refusal::notFound);
        if (target.id().equals(actor.id()) || target.has(Role.ADMIN)) {
            throw new Refusal(403, "moderation.members.untouchable");
        }
        return target;
    }

    private Account moderator(Account actor) {
        return entityManager.find(Account.class, actor.id());
    }
}
