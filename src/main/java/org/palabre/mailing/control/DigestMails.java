package org.palabre.mailing.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.palabre.accounts.entity.Account;
import org.palabre.accounts.entity.AccountStatus;
import org.palabre.categories.control.CategoryPermissions;
import org.palabre.database.control.RecurringJob;
import org.palabre.mail.control.MailSettings;
import org.palabre.mail.control.Mailer;
import org.palabre.mail.control.OutgoingMail;
import org.palabre.mail.entity.MailPurpose;
import org.palabre.mail.entity.MailStatus;
import org.palabre.mailing.entity.DigestFrequency;
import org.palabre.mailing.entity.UnsubscribeScope;
import org.palabre.notifications.control.Notifications;
import org.palabre.posts.control.PostVisibility;
import org.palabre.security.control.SiteAddress;
import org.palabre.topics.entity.Topic;
import org.palabre.watching.control.Watches;
import org.palabre.web.control.Messages;

/**
 * The summary mail: the most active topics started since the member's last digest in the categories they read
 * (muted ones left out) and their unread notifications; nothing is sent when there is nothing to tell. Due
 * digests are queued by a periodic check and rendered, like every mail, when sent. Also the one notice that a
 * member's daily limit of mails was reached.
 */
@ApplicationScoped
public class DigestMails implements RecurringJob {

    private static final int TOPICS = 5;
    /** What a first summary covers, having no earlier one to start from. */
    private static final Duration FIRST_SPAN = Duration.ofDays(7);

    /**
     * Members whose digest is due: none in the period yet, and a member for at least one period. A member who never
     * chose has the default frequency (MailPreferences.defaults). Members in mailing-list mode get every post
     * already, so a summary would only repeat it: they get none.
     */
    private static final String DUE =
            "INSERT INTO mail_outbox (purpose, recipient_id, reason, status, send_after, attempts, created_at, give_up_at) "
                    + "SELECT :digest, a.id, COALESCE(mp.digest, :defaultFrequency), :pending, :now, 0, :now, :giveUp FROM accounts a "
                    + "LEFT JOIN mail_preferences mp ON mp.account_id = a.id WHERE a.status = :active AND COALESCE(mp.digest, :defaultFrequency) = :frequency "
                    + "AND COALESCE(mp.mailing_list, FALSE) = FALSE "
                    + "AND a.created_at < :periodStart AND NOT EXISTS (SELECT 1 FROM mail_outbox o WHERE o.recipient_id = a.id "
                    + "AND o.purpose = :digest AND o.created_at > :periodStart)";

    @PersistenceContext
    EntityManager entityManager;

    @Inject
    CategoryPermissions permissions;

    @Inject
    Notifications notifications;

    @Inject
    Watches watches;

    @Inject
    MailSettings settings;

    @Inject
    SiteAddress siteAddress;

    @Inject
    UnsubscribeLinks links;

    @Inject
    Mailer mailer;

    @Inject
    @ConfigProperty(name = "palabre.mail.digest-check-minutes", defaultValue = "15")
    long checkMinutes;

    /**
     * The periodic check, run by one server at a time: two servers checking at once could both find a member's
     * digest due before either inserted it, while one check after another finds the first one's row.
     */
    @Override
    public String name() {
        return "digests-due";
    }

    @Override
    public Duration every() {
        return Duration.ofMinutes(Math.max(1, checkMinutes));
    }

    @Override
    @Transactional
    public void run() {
        queueDue();
    }

    /** Queues the digests that are due now; returns how many. */
    @Transactional
    public int queueDue() {
        Instant now = Instant.now();
        int queued = 0;
        for (DigestFrequency frequency : List.of(DigestFrequency.DAILY, DigestFrequency.WEEKLY)) {
            queued += entityManager
                    .createNativeQuery(DUE)
                    .setParameter("digest", MailPurpose.DIGEST.name())
                    .setParameter("defaultFrequency", DigestFrequency.WEEKLY.name())
                    .setParameter("pending", MailStatus.PENDING.name())
                    .setParameter("active", AccountStatus.ACTIVE.name())
                    .setParameter("now", now)
                    .setParameter("giveUp", now.plus(settings.keepTrying()))
                    .setParameter("frequency", frequency.name())
                    .setParameter("periodStart", now.minus(frequency.period()))
                    .executeUpdate();
        }
        return queued;
    }

    /** Queues the notice that mail pauses, unless one went out in the last day. */
    @Transactional(Transactional.TxType.MANDATORY)
    void queuePauseNoticeOnce(long recipientId) {
        Instant now = Instant.now();
        entityManager
                .createNativeQuery(
                        "INSERT INTO mail_outbox (purpose, recipient_id, status, send_after, attempts, created_at, give_up_at) "
                                + "SELECT :pause, a.id, :pending, :now, 0, :now, :giveUp FROM accounts a WHERE a.id = :recipient AND NOT EXISTS "
                                + "(SELECT 1 FROM mail_outbox o WHERE o.recipient_id = a.id AND o.purpose = :pause AND o.created_at > :since)")
                .setParameter("pause", MailPurpose.PAUSE.name())
                .setParameter("pending", MailStatus.PENDING.name())
                .setParameter("now", now)
                .setParameter("giveUp", now.plus(settings.keepTrying()))
                .setParameter("recipient", recipientId)
                .setParameter("since", now.minus(settings.capWindow()))
                .executeUpdate();
    }

    OutgoingMail compose(Account recipient, Instant queuedAt, boolean mailingList) throws MailRendering.Cancelled {
        if (mailingList) {
            throw new MailRendering.Cancelled("mail.cancelled.mailingListMode"); // chose it after this was queued
        }
        Messages texts = Messages.in(Locale.forLanguageTag(recipient.language()));
        Instant previous = previousDigest(recipient.id(), queuedAt);
        Instant since = previous == null ? queuedAt.minus(FIRST_SPAN) : previous;
        String intro = previous == null
                ? texts.get("mail.digest.introFirst", mailer.siteName(), FIRST_SPAN.toDays())
                : texts.get("mail.digest.intro", mailer.siteName());
        java.util.Set<Long> muted = watches.mutedCategoryIds(recipient.id());
        List<Long> readable = permissions.readableIds(recipient).stream()
                .filter(id -> !muted.contains(id))
                .toList();
        // Listed topics whose opening post members see (not withdrawn, hidden, deleted or held), in one statement.
        List<Topic> topics = readable.isEmpty()
                ? List.of()
                : entityManager
                        .createQuery(
                                "SELECT t FROM Topic t JOIN Post p ON p.topic = t "
                                        + "AND p.number = 1 WHERE t.createdAt > :since AND t.categoryId IN :categories AND "
                                        + org.palabre.posts.control.TopicListings.LISTED + " AND "
                                        + PostVisibility.shownToMembersJpql("p")
                                        + " ORDER BY t.postCount DESC, t.lastPostedAt DESC",
                                Topic.class)
                        .setParameter("since", since)
                        .setParameter("categories", readable)
                        .setMaxResults(TOPICS)
                        .getResultList();
        long unread = notifications.unread(recipient);
        if (topics.isEmpty() && unread == 0) {
            throw new MailRendering.Cancelled("mail.cancelled.nothingNew");
        }
        String base = siteAddress.baseUrl();
        String unsubscribe = base + "/mail/unsubscribe/" + links.token(recipient.id(), UnsubscribeScope.DIGEST, 0);
        StringBuilder text = new StringBuilder(intro).append("\n\n");
        StringBuilder html = new StringBuilder("<!DOCTYPE html><html><head><meta charset=\"UTF-8\"></head>"
                        + "<body style=\"font-family:sans-serif;font-size:15px;line-height:1.5;color:#222\"><p>")
                .append(PostMailComposer.escape(intro))
                .append("</p><ul>");
        for (Topic topic : topics) {
            String line = texts.get("mail.digest.topic", topic.title(), topic.postCount());
            text.append("- ")
                    .append(line)
                    .append("\n  ")
                    .append(base)
                    .append(topic.path())
                    .append("\n");
            html.append("<li><a href=\"")
                    .append(PostMailComposer.escape(base + topic.path()))
                    .append("\">")
                    .append(PostMailComposer.escape(topic.title()))
                    .append("</a> (")
                    .append(PostMailComposer.escape(texts.get("mail.digest.posts", topic.postCount())))
                    .append(")</li>");
        }
        html.append("</ul>");
        if (unread > 0) {
            String line = texts.get("mail.digest.unread", unread);
            text.append("\n").append(line).append(" ").append(base).append("/notifications\n");
            html.append("<p><a href=\"")
                    .append(PostMailComposer.escape(base + "/notifications"))
                    .append("\">")
                    .append(PostMailComposer.escape(line))
                    .append("</a></p>");
        }
        text.append("\n-- \n")
                .append(texts.get("mail.stop.DIGEST"))
                .append(" ")
                .append(unsubscribe)
                .append("\n");
        html.append("<hr><p style=\"color:#777;font-size:13px\"><a style=\"color:#777\" href=\"")
                .append(PostMailComposer.escape(unsubscribe))
                .append("\">")
                .append(PostMailComposer.escape(texts.get("mail.stop.DIGEST")))
                .append("</a></p></body></html>");
        return new OutgoingMail(
                recipient.email(),
                texts.get("mail.digest.subject", mailer.siteName()),
                text.toString(),
                html.toString(),
                java.util.Map.of(
                        "List-Unsubscribe",
                        "<" + unsubscribe + ">",
                        "List-Unsubscribe-Post",
                        "List-Unsubscribe=One-Click"));
    }

    OutgoingMail pauseNotice(Account recipient, int cap) {
        Messages texts = Messages.in(Locale.forLanguageTag(recipient.language()));
        return OutgoingMail.plain(
                recipient.email(),
                texts.get("mail.pause.subject", mailer.siteName()),
                texts.get(
                        "mail.pause.body",
                        cap,
                        siteAddress.baseUrl() + "/notifications",
                        siteAddress.baseUrl() + "/preferences/mail"));
    }

    /** When the member's last digest was queued, or null before their first one. */
    private Instant previousDigest(long recipientId, Instant queuedAt) {
        List<Instant> previous = entityManager
                .createQuery(
                        "SELECT m.createdAt FROM OutboxMail m WHERE m.recipientId = :recipient "
                                + "AND m.purpose = :digest AND m.createdAt < :queued ORDER BY m.createdAt DESC",
                        Instant.class)
                .setParameter("digest", MailPurpose.DIGEST)
                .setParameter("recipient", recipientId)
                .setParameter("queued", queuedAt)
                .setMaxResults(1)
                .getResultList();
        return previous.isEmpty() ? null : previous.get(0);
    }
}
