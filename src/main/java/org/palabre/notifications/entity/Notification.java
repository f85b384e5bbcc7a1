package org.palabre.notifications.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import org.palabre.accounts.entity.Account;
import org.palabre.posts.entity.Post;

/** A member is told that someone's post concerns them; it stays unread until they open it or mark it read. */
@Entity
@Table(name = "notifications")
public class Notification {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "recipient_id")
    private Account recipient;

    @Enumerated(EnumType.STRING)
    private NotificationKind kind;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "post_id")
    private Post post;

    @Column(name = "topic_id")
    private Long topicId;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "actor_id")
    private Account actor;

    @Column(name = "created_at")
    private Instant createdAt;

    @Column(name = "read_at")
    private Instant readAt;

    /** Why the post was hidden, for {@link NotificationKind#YOUR_POST_HIDDEN}: see {@link #hiddenFromItsAuthor}. */
    private String reason;

    protected Notification() {
        // for JPA
    }

    public Notification(Account recipient, NotificationKind kind, Post post, Account actor) {
        this.recipient = recipient;
        this.kind = kind;
        this.post = post;
        this.topicId = post.topic().id();
        this.actor = actor;
        this.createdAt = Instant.now();
    }

    /**
     * Tells the author that their post was hidden. The actor is the author themselves: who flagged is not theirs to
     * know. The reason is a flag reason's message key in braces or a moderator's own words, null when none was given.
     */
    public static Notification hiddenFromItsAuthor(Post post, String reason) {
        Notification told = new Notification(post.author(), NotificationKind.YOUR_POST_HIDDEN, post, post.author());
        told.reason = reason;
        return told;
    }

    /** The same post concerns the member again, for a weightier reason: unread again, saying that. */
    public void retell(NotificationKind newKind, Account newActor) {
        this.kind = newKind;
        this.actor = newActor;
        this.reason = null;
        this.createdAt = Instant.now();
        this.readAt = null;
    }

    /** The author's post was hidden once more: unread again, with this time's reason. */
    public void retellHidden(String newReason) {
        retell(NotificationKind.YOUR_POST_HIDDEN, recipient);
        this.reason = newReason;
    }

    public void markRead() {
        if (readAt == null) {
            readAt = Instant.now();
        }
    }

    public Long id() {
        return id;
    }

    public Account recipient() {
        return recipient;
    }

    public NotificationKind kind() {
        return kind;
    }

    public Post post() {
        return post;
    }

    public boolean isRead() {
        return readAt != null;
    }
}
