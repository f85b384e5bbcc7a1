package org.palabre.mailing.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import org.palabre.accounts.entity.Account;
import org.palabre.categories.control.CategoryPermissions;
import org.palabre.categories.entity.Category;
import org.palabre.mail.control.MailSettings;
import org.palabre.mail.control.Mailer;
import org.palabre.mail.entity.MailPurpose;
import org.palabre.mail.entity.OutboxMail;
import org.palabre.mailing.entity.MailFrequency;
import org.palabre.mailing.entity.MailPreferences;
import org.palabre.mailing.entity.UnsubscribeScope;
import org.palabre.notifications.control.Addressees;
import org.palabre.notifications.control.MayBeTold;
import org.palabre.notifications.entity.NotificationKind;
import org.palabre.posts.entity.Post;
import org.palabre.security.control.SiteAddress;
import org.palabre.topics.entity.Topic;

/** Decides, when a mail about a post is due, whether it still leaves, and gathers what it says. */
@ApplicationScoped
public class PostMails {

    @PersistenceContext
    EntityManager entityManager;

    @Inject
    CategoryPermissions permissions;

    @Inject
    MailSettings settings;

    @Inject
    Addressees addressees;

    @Inject
    UnsubscribeLinks links;

    @Inject
    SiteAddress siteAddress;

    @Inject
    Mailer mailer;

    @Inject
    ReplyKeys replyKeys;

    @Inject
    org.palabre.mail.control.IncomingAddress incomingAddress;

    private final java.util.Map<String, String> mailHtmlByCooked = new java.util.concurrent.ConcurrentHashMap<>();

    PostMailComposer.Composed compose(OutboxMail mail, Account recipient, MailPreferences chosen)
            throws MailRendering.Cancelled {
        Post post = mail.postId() == null ? null : entityManager.find(Post.class, mail.postId());
        NotificationKind reason = mail.reason() == null ? null : NotificationKind.valueOf(mail.reason());
        if (post == null) {
            throw new MailRendering.Cancelled("mail.cancelled.postRemoved");
        }
        Topic topic = post.topic();
        Category category = permissions.byId(topic.categoryId()).orElse(null);
        if (category == null || !MayBeTold.holds(addressees.member(recipient, post), post, reason)) {
            throw new MailRendering.Cancelled("mail.cancelled.notShown");
        }
        MailFrequency frequency;
        if (mail.purpose() == MailPurpose.MAILING_LIST) {
            if (!chosen.mailingList()) {
                throw new MailRendering.Cancelled("mail.cancelled.mailingListOff");
            }
            frequency = MailFrequency.ALWAYS;
        } else {
            frequency = chosen.forKind(reason);
            if (frequency == MailFrequency.NEVER) {
                throw new MailRendering.Cancelled("mail.cancelled.kindOff");
            }
        }
        boolean hiddenNews = reason == NotificationKind.YOUR_POST_HIDDEN;
        // An author has read their own post, not the news that it was hidden.
        if (!hiddenNews && hasRead(recipient.id(), topic.id(), post.number())) {
            throw new MailRendering.Cancelled("mail.cancelled.readOnSite");
        }
        if (frequency == MailFrequency.AWAY
                && seenSince(recipient.id(), Instant.now().minus(settings.away()))) {
            throw new MailRendering.Cancelled("mail.cancelled.wasOnSite");
        }
        UnsubscribeScope scope = scopeOf(mail.purpose(), reason);
        long scopeId = switch (scope) {
            case TOPIC -> topic.id();
            case CATEGORY -> category.id();
            default -> 0;
        };
        PostMail facts = new PostMail(
                new PostMail.Site(
                        mailer.siteName(), siteAddress.baseUrl(), mailer.mailDomain(), incomingAddress.installation()),
                new PostMail.Recipient(
                        recipient.id(),
                        recipient.email(),
                        Locale.forLanguageTag(recipient.language()),
                        zone(recipient.timeZone())),
                mail.purpose(),
                reason,
                post.id(),
                post.number(),
                post.replyTo() == null ? null : post.replyTo().id(),
                post.replyToNumber(),
                post.raw(),
                mailHtml(post.cooked()),
                post.createdAt(),
                post.author().nameWithUsername(), // From name and body: only the username says who wrote
                topic.id(),
                topic.title(),
                topic.path(),
                category.name(),
                category.slug(),
                scope,
                links.token(recipient.id(), scope, scopeId),
                bounceToken(mail.id()));
        if (hiddenNews) {
            return HiddenPostMailComposer.compose(facts, hidingReason(recipient.id(), post.id()));
        }
        // Answering the mail answers the post: the Reply-To address carries this member's key for it.
        PostMailComposer.Composed composed = PostMailComposer.compose(facts);
        return new PostMailComposer.Composed(
                composed.mail().withHeader("Reply-To", replyKeys.issue(recipient, post.id())),
                composed.envelopeSender());
    }

    /**
     * The post's HTML made fit for mail, computed once per version of the post: a post mailed to thousands of
     * members is sanitized once, not once per recipient.
     */
    private String mailHtml(String cooked) {
        if (mailHtmlByCooked.size() > 64) {
            mailHtmlByCooked.clear();
        }
        return mailHtmlByCooked.computeIfAbsent(cooked, html -> MailHtml.of(html, siteAddress.baseUrl()));
    }

    String bounceToken(long outboxId) {
        return links.bounceToken(outboxId);
    }

    static UnsubscribeScope scopeOf(MailPurpose purpose, NotificationKind reason) {
        if (purpose == MailPurpose.MAILING_LIST) {
            return UnsubscribeScope.MAILING_LIST;
        }
        return switch (reason) {
            case MENTIONED, GROUP_MENTIONED, POST_FLAGGED, YOUR_POST_HIDDEN -> UnsubscribeScope.MENTION;
            case REPLIED -> UnsubscribeScope.REPLY;
            case QUOTED -> UnsubscribeScope.QUOTE;
            case NEW_POST_IN_WATCHED_TOPIC -> UnsubscribeScope.TOPIC;
            case NEW_TOPIC_IN_WATCHED_CATEGORY -> UnsubscribeScope.CATEGORY;
        };
    }

    private String hidingReason(long recipientId, long postId) {
        return entityManager
                .createQuery(
                        "SELECT n.reason FROM Notification n WHERE n.recipient.id = :me AND n.post.id = :post",
                        String.class)
                .setParameter("me", recipientId)
                .setParameter("post", postId)
                .getResultStream()
                .findFirst()
                .orElse(null);
    }

    private boolean hasRead(long accountId, long topicId, int number) {
        List<?> read = entityManager
                .createNativeQuery("SELECT last_read_number FROM topic_reads WHERE account_id = :account "
                        + "AND topic_id = :topic")
                .setParameter("account", accountId)
                .setParameter("topic", topicId)
                .getResultList();
        return !read.isEmpty() && ((Number) read.get(0)).intValue() >= number;
    }

    private boolean seenSince(long accountId, Instant since) {
        return !entityManager
                .createNativeQuery("SELECT 1 FROM accounts WHERE id = :account AND last_seen_at > :since")
                .setParameter("account", accountId)
                .setParameter("since", since)
                .getResultList()
                .isEmpty();
    }

    private static ZoneId zone(String id) {
        try {
            return ZoneId.of(id);
        } catch (RuntimeException e) {
            return ZoneId.of("Europe/Paris");
        }
    }
}
