package org.palabre.mailing.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import org.palabre.database.control.Condition;
import org.palabre.mail.control.MailSettings;
import org.palabre.notifications.control.MayBeTold;
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

    /** The member's choice for the notification's kind; a member who never chose mails when away. */
    private static final String CHOICE =
            "COALESCE(CASE n.kind WHEN 'MENTIONED' THEN mp.on_mention WHEN 'GROUP_MENTIONED' THEN mp.on_mention WHEN 'POST_FLAGGED' THEN mp.on_mention "
                    + "WHEN 'REPLIED' THEN mp.on_reply WHEN 'QUOTED' THEN mp.on_quote ELSE mp.on_watched END, 'AWAY')";

    private static final String NOTIFICATION_MAILS =
            "INSERT INTO mail_outbox (purpose, recipient_id, post_id, reason, status, send_after, "
                    + "attempts, created_at, give_up_at) SELECT 'NOTIFICATION', n.recipient_id, n.post_id, n.kind, 'PENDING', "
                    + "CASE WHEN n.kind IN ('MENTIONED', 'GROUP_MENTIONED', 'POST_FLAGGED') THEN CAST(:mentionAfter AS TIMESTAMP WITH TIME ZONE) ELSE CAST(:after AS TIMESTAMP WITH TIME ZONE) END, 0, :now, :giveUp "
                    + "FROM notifications n LEFT JOIN mail_preferences mp ON mp.account_id = n.recipient_id "
                    + "WHERE n.post_id = :post AND " + CHOICE
                    + " <> 'NEVER' AND COALESCE(mp.mailing_list, FALSE) = FALSE "
                    + "AND NOT EXISTS (SELECT 1 FROM mail_outbox o WHERE o.recipient_id = n.recipient_id AND o.post_id = n.post_id)";

    private static final Condition MAY_BE_TOLD = MayBeTold.sql("p", "a.id", null);

    private static final String MAILING_LIST_MAILS =
            "INSERT INTO mail_outbox (purpose, recipient_id, post_id, reason, status, send_after, "
                    + "attempts, created_at, give_up_at) SELECT 'MAILING_LIST', a.id, p.id, NULL, 'PENDING', :after, 0, :now, :giveUp "
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
                .setParameter("mentionAfter", now.plus(settings.mentionDelay()))
                .setParameter("after", now.plus(settings.delay()))
                .setParameter("now", now)
                .setParameter("giveUp", now.plus(settings.delay()).plus(settings.keepTrying()))
                .setParameter("post", postId)
                .executeUpdate();
    }
}
