package org.palabre.mailing.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.palabre.notifications.entity.NotificationKind;

/** What one member wants by mail; members who never chose have {@link #defaults(long)}. */
@Entity
@Table(name = "mail_preferences")
public class MailPreferences {

    @Id
    @Column(name = "account_id")
    private Long accountId;

    @Enumerated(EnumType.STRING)
    @Column(name = "on_mention")
    private MailFrequency onMention;

    @Enumerated(EnumType.STRING)
    @Column(name = "on_reply")
    private MailFrequency onReply;

    @Enumerated(EnumType.STRING)
    @Column(name = "on_quote")
    private MailFrequency onQuote;

    @Enumerated(EnumType.STRING)
    @Column(name = "on_watched")
    private MailFrequency onWatched;

    @Column(name = "mailing_list")
    private boolean mailingList;

    @Enumerated(EnumType.STRING)
    private DigestFrequency digest;

    protected MailPreferences() {
        // for JPA
    }

    /** Discourse's defaults: mail about what concerns the member only while they are away, and a weekly digest. */
    public static MailPreferences defaults(long accountId) {
        MailPreferences preferences = new MailPreferences();
        preferences.accountId = accountId;
        preferences.choose(
                MailFrequency.AWAY,
                MailFrequency.AWAY,
                MailFrequency.AWAY,
                MailFrequency.AWAY,
                false,
                DigestFrequency.WEEKLY);
        return preferences;
    }

    public void choose(
            MailFrequency mention,
            MailFrequency reply,
            MailFrequency quote,
            MailFrequency watched,
            boolean everyPost,
            DigestFrequency digestFrequency) {
        this.onMention = mention;
        this.onReply = reply;
        this.onQuote = quote;
        this.onWatched = watched;
        this.mailingList = everyPost;
        this.digest = digestFrequency;
    }

    /**
     * The member's choice for mail about a notification of this kind. A flagged post in a category a member
     * moderates, or the news that one's own post was hidden, calls on them as a mention does, so it follows the same
     * choice.
     */
    public MailFrequency forKind(NotificationKind kind) {
        return switch (kind) {
            case MENTIONED, GROUP_MENTIONED, POST_FLAGGED, YOUR_POST_HIDDEN -> onMention;
            case REPLIED -> onReply;
            case QUOTED -> onQuote;
            case NEW_POST_IN_WATCHED_TOPIC, NEW_TOPIC_IN_WATCHED_CATEGORY -> onWatched;
        };
    }

    public void stopMailFor(NotificationKind kind) {
        switch (kind) {
            case MENTIONED, GROUP_MENTIONED, POST_FLAGGED, YOUR_POST_HIDDEN -> onMention = MailFrequency.NEVER;
            case REPLIED -> onReply = MailFrequency.NEVER;
            case QUOTED -> onQuote = MailFrequency.NEVER;
            case NEW_POST_IN_WATCHED_TOPIC, NEW_TOPIC_IN_WATCHED_CATEGORY -> onWatched = MailFrequency.NEVER;
        }
    }

    public void leaveMailingList() {
        mailingList = false;
    }

    public void stopDigest() {
        digest = DigestFrequency.NEVER;
    }

    public Long accountId() {
        return accountId;
    }

    public MailFrequency onMention() {
        return onMention;
    }

    public MailFrequency onReply() {
        return onReply;
    }

    public MailFrequency onQuote() {
        return onQuote;
    }

    public MailFrequency onWatched() {
        return onWatched;
    }

    public boolean mailingList() {
        return mailingList;
    }

    public DigestFrequency digest() {
        return digest;
    }
}
