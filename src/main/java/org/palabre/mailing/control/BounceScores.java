package org.palabre.mailing.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.util.Collection;
import java.util.HashSet;
import java.util.Set;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.palabre.accounts.entity.Account;
import org.palabre.accounts.entity.AccountDeleted;
import org.palabre.mail.entity.BounceReceived;
import org.palabre.mailing.entity.BounceScore;
import org.palabre.mailing.entity.MailBounce;

/**
 * Keeps every bounce and each member's score ({@link BounceScoring}), and answers whose mail is stopped. Only mail
 * about posts stops (notifications, mailing-list mode, digests): account mails such as a password reset still go,
 * because a member whose mail bounced may be fixing just that.
 */
@ApplicationScoped
public class BounceScores {

    /** Members whose current address (a changed address starts clean) has bounced past the threshold, and ... */
    private static final String STOPPED = "SELECT s.accountId FROM BounceScore s, Account a WHERE a.id = s.accountId "
            + "AND a.emailKey = s.addressKey AND s.stoppedAt IS NOT NULL AND ";

    @PersistenceContext
    EntityManager entityManager;

    @Inject
    @ConfigProperty(name = "palabre.mail.bounce.hard-score", defaultValue = "2")
    int hardScore;

    @Inject
    @ConfigProperty(name = "palabre.mail.bounce.soft-score", defaultValue = "1")
    int softScore;

    @Inject
    @ConfigProperty(name = "palabre.mail.bounce.threshold", defaultValue = "4")
    int threshold;

    @Inject
    @ConfigProperty(name = "palabre.mail.bounce.reset-days", defaultValue = "30")
    int resetDays;

    BounceScoring scoring() {
        return new BounceScoring(hardScore, softScore, Math.max(1, threshold), Duration.ofDays(Math.max(1, resetDays)));
    }

    /** Scores the bounce in the transaction that received it; a bounce for no member is kept, counting nothing. */
    @Transactional
    public void received(@Observes BounceReceived bounce) {
        Account member = bounce.accountId() != null
                ? entityManager.find(Account.class, bounce.accountId())
                : bounce.recipientAddress() == null
                        ? null
                        : entityManager
                                .createNamedQuery(Account.BY_EMAIL, Account.class)
                                .setParameter("key", Account.loginKey(bounce.recipientAddress()))
                                .getResultStream()
                                .findFirst()
                                .orElse(null);
        int points = 0;
        if (member != null) {
            String addressKey = Account.loginKey(member.email());
            BounceScore score = entityManager.find(BounceScore.class, member.id(), LockModeType.PESSIMISTIC_WRITE);
            if (score == null) {
                score = new BounceScore(member.id(), addressKey);
                entityManager.persist(score);
            }
            BounceScoring.Scored scored = scoring().add(score.standing(addressKey), bounce.kind(), bounce.receivedAt());
            score.become(addressKey, scored.after());
            points = scored.points();
        }
        entityManager.persist(new MailBounce(member == null ? null : member.id(), bounce, points));
    }

    /**
     * Whether mail about posts to the member is stopped now. Every signed-in page asks (the layout's notice), so
     * this binds one id: Hibernate translates a statement with a list parameter into SQL again at each call.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public boolean stopped(long accountId) {
        return !entityManager
                .createQuery(STOPPED + "s.accountId = :id", Long.class)
                .setParameter("id", accountId)
                .getResultList()
                .isEmpty();
    }

    /** The members among these whose current address has bounced past the threshold. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Set<Long> stoppedAmong(Collection<Long> accountIds) {
        if (accountIds.isEmpty()) {
            return Set.of();
        }
        return new HashSet<>(entityManager
                .createQuery(STOPPED + "s.accountId IN :ids", Long.class)
                .setParameter("ids", accountIds)
                .getResultList());
    }

    /** The member confirmed their address: the score starts again from zero and mail resumes. */
    @Transactional
    public void confirmed(long accountId) {
        BounceScore score = entityManager.find(BounceScore.class, accountId, LockModeType.PESSIMISTIC_WRITE);
        if (score != null) {
            score.become(score.addressKey(), BounceScoring.Standing.CLEAN);
        }
    }

    void forget(@Observes AccountDeleted deleted) {
        entityManager
                .createQuery("DELETE FROM MailBounce b WHERE b.accountId = :id")
                .setParameter("id", deleted.accountId())
                .executeUpdate();
        entityManager
                .createQuery("DELETE FROM BounceScore s WHERE s.accountId = :id")
                .setParameter("id", deleted.accountId())
                .executeUpdate();
    }
}
