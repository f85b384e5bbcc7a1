package org.palabre.invites.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.palabre.accounts.control.Invitations;
import org.palabre.accounts.entity.Account;
import org.palabre.accounts.entity.AccountDeleted;
import org.palabre.accounts.entity.Role;
import org.palabre.invites.entity.Invite;
import org.palabre.moderation.control.ModerationLog;
import org.palabre.moderation.entity.ModerationAction.TargetKind;
import org.palabre.moderation.entity.ModerationActionKind;
import org.palabre.security.control.SecretTokens;

/** Invitation links: made by staff, used once by the person they are given to. */
@ApplicationScoped
public class Invites implements Invitations {

    public static final int MAX_DAYS = 30;
    public static final int NOTE_MAX_LENGTH = 100;

    @PersistenceContext
    EntityManager entityManager;

    @Inject
    ModerationLog log;

    /** The secret part of the new link; shown once, stored only as a hash. */
    @Transactional
    public String create(Account creator, String note, int days) {
        String token = SecretTokens.generate();
        Invite invite = new Invite(SecretTokens.hash(token), entityManager.merge(creator), note, Duration.ofDays(days));
        entityManager.persist(invite);
        entityManager.flush();
        // An invitation lets someone past a closed door: the staff's log says who opened it, never the link.
        log.record(creator, ModerationActionKind.INVITE_CREATED, TargetKind.INVITE, invite.id(), null, note, null);
        return token;
    }

    @Transactional
    public List<Invite> newest(int limit) {
        return entityManager
                .createNamedQuery(Invite.NEWEST, Invite.class)
                .setMaxResults(limit)
                .getResultList();
    }

    /** The links this member made, newest first. */
    @Transactional
    public List<Invite> madeBy(Account creator) {
        return madeBy(creator.id());
    }

    /** A deleted member's links that still work stop working: nobody stands behind them any more. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void revokeOpenLinks(@Observes AccountDeleted deleted) {
        Instant now = Instant.now();
        madeBy(deleted.accountId()).stream()
                .filter(invite -> invite.isUsable(now))
                .forEach(invite -> invite.revoke(now));
    }

    private List<Invite> madeBy(long accountId) {
        return entityManager
                .createNamedQuery(Invite.MADE_BY, Invite.class)
                .setParameter("accountId", accountId)
                .getResultList();
    }

    /** Staff revoke their own links; administrators any link. */
    @Transactional
    public boolean revoke(Account actor, long id) {
        Invite invite = entityManager.find(Invite.class, id);
        if (invite == null || !(actor.has(Role.ADMIN) || invite.createdBy().id().equals(actor.id()))) {
            return false;
        }
        invite.revoke(Instant.now());
        log.record(
                actor, ModerationActionKind.INVITE_REVOKED, TargetKind.INVITE, invite.id(), null, invite.note(), null);
        return true;
    }

    @Transactional
    @Override
    public boolean isUsable(String token) {
        return find(token).isPresent();
    }

    /** Marks the link used by the new member; false when it was not usable (any more). */
    @Transactional(Transactional.TxType.MANDATORY)
    @Override
    public boolean use(String token, Account newMember) {
        Optional<Invite> invite = find(token);
        invite.ifPresent(found -> found.useFor(newMember, Instant.now()));
        return invite.isPresent();
    }

    private Optional<Invite> find(String token) {
        if (token == null || token.length() != SecretTokens.LENGTH) {
            return Optional.empty();
        }
        Instant now = Instant.now();
        return entityManager
                .createNamedQuery(Invite.BY_HASH, Invite.class)
                .setParameter("hash", SecretTokens.hash(token))
                .getResultStream()
                .findFirst()
                .filter(invite -> invite.isUsable(now));
    }
}
