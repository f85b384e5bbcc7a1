package org.palabre.mailing.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import org.palabre.database.control.Condition;
import org.palabre.mail.control.MailSettings;
import org.palabre.mail.entity.MailPurpose;
import org.palabre.mail.entity.MailStatus;
import org.palabre.mailing.entity.MailFrequency;
import org.palabre.notifications.control.MayBeTold;
import org.palabre.notifications.entity.NotificationKind;
import org.palabre.notifications.entity.NotificationsWritten;
import org.palabre.notifications.entity.WatchersTold;
import org.palabre.watching.entity.WatchLevel;

/**
 * Puts the mails a post causes in the outbox, in the transaction that wrote the notifications they carry:
 * the post's own for mentions, quotes and replies (observed after those are written), the watchers' fan-out for
 * watched topics and categories and for mailing-list mode. One mail per member and post, whatever the number of
 * reasons; members in mailing-list mode get the post itself instead of notification mails, as on Discourse.
 * Whether a mail really leaves is decided again when it is due (see MailRendering).
 */
@ApplicationScoped
public class NotificationMails {

    /** Kinds that call on the member as a mention does: they follow its choice and its shorter delay. */
    private static final List<String> LIKE_MENTIONS = Stream.of(
                    NotificationKind.MENTIONED,
                    NotificationKind.GROUP_MENTIONED,
                    NotificationKind.POST_FLAGGED,
                    NotificationKind.YOUR_POST_HIDDEN)
            .map(NotificationKind::name)
            .toList();

    /**
     * The member's choice for the notification's kind, as MailPreferences.forKind gives it; a member who never
     * chose mails when away.
     */
    private static final String CHOICE = "COALESCE(CASE WHEN n.kind IN (:likeMentions) THEN mp.on_mention "
            + "WHEN n.kind = :replied THEN mp.on_reply WHEN n.kind = :quoted THEN mp.on_quote ELSE mp.on_watched END, "
            + ":away)";

    private static final String NOTIFICATION_MAILS =
            "INSERT INTO mail_outbox (purpose, recipient_id, post_id, reason, status, send_after, "
                    + "attempts, created_at, give_up_at) SELECT :notification, n.recipient_id, n.post_id, n.kind, :pending, "
                    + "CASE WHEN n.kind IN (:likeMentions) THEN CAST(:mentionAfter AS TIMESTAMP WITH TIME ZONE) ELSE CAST(:after AS TIMESTAMP WITH TIME ZONE) END, 0, :now, :giveUp "
                    + "FROM notifications n LEFT JOIN mail_preferences mp ON mp.account_id = n.recipient_id "
                    + "WHERE n.post_id = :post AND " + CHOICE
                    + " <> :never AND COALESCE(mp.mailing_list, FALSE) = FALSE "
                    + "AND NOT EXISTS (SELECT 1 FROM mail_outbox o WHERE o.recipient_id = n.recipient_id AND o.post_id = n.post_id)";

    private static final Condition MAY_BE_TOLD = MayBeTold.sql("p", "a.id", null);

    private static final String MAILING_LIST_MAILS =
            "INSERT INTO mail_outbox (purpose, recipient_id, post_id, reason, status, send_after, "
                    + "attempts, created_at, give_up_at) SELECT :mailingList, a.id, p.id, NULL, :pending, :after, 0, :now, :giveUp "
                    + "FROM posts p JOIN topics t ON t.id = p.topic_id JOIN categories c ON c.id = t.category_id "
                    + "JOIN mail_preferences mp ON mp.mailing_list = TRUE JOIN accounts a ON a.id = mp.account_id "
                    + "WHERE p.id = :post AND " + MAY_BE_TOLD + " "
                    + "AND NOT EXISTS (SELECT 1 FROM category_watches cw WHERE cw.category_id = c.id AND cw.account_id = a.id AND cw.watch_level = :muted) "
                    + "AND NOT EXISTS (SELECT 1 FROM topic_watches tw WHERE tw.topic_id = t.id AND tw.account_id = a.id AND tw.watch_level = :muted) "
                    + "AND NOT EXISTS (SELECT 1 FROM mail_outbox o WHERE o.recipient_id = a.id AND o.post_id = p.id)";

    @PersistenceContext
    EntityManager entityManager;

    @Inject
    MailSettings settings;

    void notificationsWritten(@Observes NotificationsWritten event) {
        queueNotificationMails(event.postId());
    }

    void watchersTold(@Observes WatchersTold event) {
        queueNotificationMails(event.postId());
        Instant now = Instant.now();
        MAY_BE_TOLD
                .bind(entityManager.createNativeQuery(MAILING_LIST_MAILS))
                .setParameter("mailingList", MailPurpose.MAILING_LIST.name())
                .setParameter("pending", MailStatus.PENDING.name())
                .setParameter("muted", WatchLevel.MUTED.name())
                .setParameter("after", now.plus(settings.delay()))
                .setParameter("now", now)
                .setParameter("giveUp", now.plus(settings.delay()).plus(settings.keepTrying()))
                .setParameter("post", event.postId())
                .executeUpdate();
    }

    private void queueNotificationMails(long postId) {
        entityManager.flush(); // the notifications this transaction wrote through JPA
        Instant now = Instant.now();
        entityManager
                .createNativeQuery(NOTIFICATION_MAILS)
                .setParameter("notification", MailPurpose.NOTIFICATION.name())
                .setParameter("pending", MailStatus.PENDING.name())
                .setParameter("likeMentions", LIKE_MENTIONS)
                .setParameter("replied", NotificationKind.REPLIED.name())
                .setParameter("quoted", NotificationKind.QUOTED.name())
                .setParameter("away", MailFrequency.AWAY.name())
                .setParameter("never", MailFrequency.NEVER.name())
                .setParameter("mentionAfter", now.plus(settings.mentionDelay()))
                .setParameter("after", now.plus(settings.delay()))
                .setParameter("now", now)
                .setParameter("giveUp", now.plus(settings.delay()).plus(settings.keepTrying()))
                .setParameter("post", postId)
                .executeUpdate();
    }
}
