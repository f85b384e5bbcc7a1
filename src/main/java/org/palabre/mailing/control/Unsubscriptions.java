package org.palabre.mailing.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.palabre.accounts.entity.Account;
import org.palabre.mail.entity.MailPurpose;
import org.palabre.mail.entity.MailStatus;
import org.palabre.mailing.control.UnsubscribeLinks.Request;
import org.palabre.mailing.entity.MailPreferences;
import org.palabre.notifications.entity.NotificationKind;
import org.palabre.watching.control.Watches;
import org.palabre.watching.entity.WatchLevel;

/**
 * Does what an unsubscribe link asks: a watched topic or category goes back to normal, a kind of mail is
 * turned off, mailing-list mode or the digest stops; the mails of that kind still waiting are cancelled.
 * Doing it twice changes nothing more.
 */
@ApplicationScoped
public class Unsubscriptions {

    @PersistenceContext
    EntityManager entityManager;

    @Inject
    Watches watches;

    @Inject
    MailPreferencesStore preferences;

    @Transactional
    public void apply(Request request) {
        Account account = entityManager.find(Account.class, request.accountId());
        if (account == null) {
            return; // deleted since: nothing is sent to it any more anyway
        }
        switch (request.scope()) {
            case TOPIC -> {
                watches.choose(account.id(), Watches.Subject.TOPIC, request.scopeId(), WatchLevel.NORMAL);
                cancelWatchedMails(account.id(), "SELECT id FROM posts WHERE topic_id = :scope", request.scopeId());
            }
            case CATEGORY -> {
                watches.choose(account.id(), Watches.Subject.CATEGORY, request.scopeId(), WatchLevel.NORMAL);
                cancelWatchedMails(
                        account.id(),
                        "SELECT p.id FROM posts p JOIN topics t ON t.id = p.topic_id WHERE t.category_id = :scope",
                        request.scopeId());
            }
            case MENTION -> preferences.forChange(account.id()).stopMailFor(NotificationKind.MENTIONED);
            case REPLY -> preferences.forChange(account.id()).stopMailFor(NotificationKind.REPLIED);
            case QUOTE -> preferences.forChange(account.id()).stopMailFor(NotificationKind.QUOTED);
            case MAILING_LIST -> preferences.forChange(account.id()).leaveMailingList();
            case DIGEST -> {
                MailPreferences chosen = preferences.forChange(account.id());
                chosen.stopDigest();
            }
        }
    }

    /** Cancels the waiting mails that watching caused about the posts the subquery selects. */
    private void cancelWatchedMails(long accountId, String posts, long scopeId) {
        entityManager
                .createNativeQuery(
                        "UPDATE mail_outbox SET status = :cancelled, last_error = 'mail.cancelled.unsubscribed' "
                                + "WHERE recipient_id = :account AND status = :pending AND lease_owner IS NULL "
                                + "AND post_id IN (" + posts + ") AND purpose = :notification "
                                + "AND reason IN (:watchedTopic, :watchedCategory)")
                .setParameter("cancelled", MailStatus.CANCELLED.name())
                .setParameter("pending", MailStatus.PENDING.name())
                .setParameter("notification", MailPurpose.NOTIFICATION.name())
                .setParameter("watchedTopic", NotificationKind.NEW_POST_IN_WATCHED_TOPIC.name())
                .setParameter("watchedCategory", NotificationKind.NEW_TOPIC_IN_WATCHED_CATEGORY.name())
                .setParameter("account", accountId)
                .setParameter("scope", scopeId)
                .executeUpdate();
    }
}
