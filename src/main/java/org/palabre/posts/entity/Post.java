package org.palabre.posts.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import org.palabre.accounts.entity.Account;
import org.palabre.topics.entity.Topic;

/**
 * One message in a topic, numbered from 1 in the order written. It keeps the markdown its author wrote
 * ({@code raw}) and the HTML made from it ({@code cooked}) with the version of the renderer that made it.
 */
@Entity
@Table(name = "posts")
public class Post {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "topic_id")
    private Topic topic;

    private int number;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "author_id")
    private Account author;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "reply_to_id")
    private Post replyTo;

    @Column(name = "reply_to_number")
    private Integer replyToNumber;

    private String raw;
    private String cooked;

    @Column(name = "cooked_version")
    private int cookedVersion;

    @Column(name = "created_at")
    private Instant createdAt;

    @Column(name = "edited_at")
    private Instant editedAt;

    @Column(name = "revision_count")
    private int revisionCount;

    @Column(name = "withdrawn_at")
    private Instant withdrawnAt;

    @Column(name = "deleted_at")
    private Instant deletedAt;

    @Column(name = "pending_since")
    private Instant pendingSince;

    @Column(name = "hidden_at")
    private Instant hiddenAt;

    @Column(name = "hidden_reason")
    private String hiddenReason;

    protected Post() {
        // for JPA
    }

    /** A new post; the topic is locked by the caller while it hands out the number. */
    public Post(Topic topic, Account author, Post replyTo, Cooked content) {
        this(topic, author, replyTo, content, false);
    }

    /** A new post, held for approval when {@code held}: numbered, but neither counted nor shown until approved. */
    public Post(Topic topic, Account author, Post replyTo, Cooked content, boolean held) {
        this.topic = topic;
        this.author = author;
        this.replyTo = replyTo;
        this.replyToNumber = replyTo == null ? null : replyTo.number();
        this.createdAt = Instant.now();
        this.number = held ? topic.nextHeldNumber() : topic.nextNumber(createdAt);
        this.pendingSince = held ? createdAt : null;
        this.revisionCount = 1;
        take(content);
    }

    /** Replaces the content; returns the revision to keep, numbered after the previous ones. */
    public PostRevision edit(Account editor, Cooked content, String reason) {
        take(content);
        this.editedAt = Instant.now();
        this.revisionCount++;
        return new PostRevision(this, revisionCount, editor, reason, editedAt);
    }

    public PostRevision firstRevision() {
        return new PostRevision(this, 1, author, null, createdAt);
    }

    /** Renders again with a newer renderer; the markdown, and so the revisions, stay as they were. */
    public void recook(Cooked content) {
        this.cooked = content.html();
        this.cookedVersion = content.rendererVersion();
    }

    /*
     * The states are marks that may stack: withdrawn (by its author, or staff for them), deleted (by a moderator),
     * held for approval, hidden pending review. Each change below says which marks it refuses to start from;
     * a change that would do nothing is refused too, so two moderators acting at once learn that the other
     * was first. The topic counts a post only while it is shown to members.
     */

    /** Its author (or staff in their name) takes it back; refused once withdrawn or deleted. */
    public void withdraw() {
        refuseIf(isWithdrawn(), "posts.state.alreadyWithdrawn");
        refuseIf(isDeleted(), "posts.state.deleted");
        changeView(() -> withdrawnAt = Instant.now(), null);
    }

    /**
     * A moderator takes the post out of view; its content stays for staff, members see that it was deleted.
     * Deleting is a review: a hide pending review ends with it, so a restore brings the post back into view.
     * A held post is approved or rejected instead.
     */
    public void delete() {
        refuseIf(isDeleted(), isPending() ? "posts.state.rejected" : "posts.state.alreadyDeleted");
        refuseIf(isPending(), "posts.state.pending");
        changeView(
                () -> {
                    deletedAt = Instant.now();
                    hiddenAt = null;
                    hiddenReason = null;
                },
                null);
    }

    /** Undoes a moderator's deletion; a withdrawal stays its author's, and a rejected post stays unpublished. */
    public void restore() {
        refuseIf(!isDeleted(), "posts.state.notDeleted");
        refuseIf(isPending(), "posts.state.rejected");
        changeView(() -> deletedAt = null, null);
    }

    /**
     * Takes the post out of members' view until someone reviews it; it keeps its place and its content. A held
     * post has nobody to hide it from: it awaits its approval instead.
     */
    public void hide(String reason) {
        refuseIf(isHidden(), "posts.state.alreadyHidden");
        refuseIf(isPending(), "posts.state.pending");
        changeView(
                () -> {
                    hiddenAt = Instant.now();
                    hiddenReason = reason;
                },
                null);
    }

    /** Shows a hidden post to members again (a moderator disagreed with its flags). */
    public void unhide() {
        refuseIf(!isHidden(), "posts.state.notHidden");
        changeView(
                () -> {
                    hiddenAt = null;
                    hiddenReason = null;
                },
                null);
    }

    /** Publishes a held post: from now on it is counted and shown, as if posted now. */
    public void approve() {
        refuseIf(!isPending(), "posts.state.notPending");
        refuseIf(isDeleted(), "posts.state.rejected");
        Instant now = Instant.now();
        changeView(() -> pendingSince = null, now);
    }

    /** Refusing a held post deletes it; it stays marked pending, so it was never published. */
    public void reject() {
        refuseIf(!isPending(), "posts.state.notPending");
        refuseIf(isDeleted(), "posts.state.rejected");
        deletedAt = Instant.now();
    }

    public void attributeTo(Account newAuthor) {
        this.author = newAuthor;
    }

    /** Moves the post to another topic (split, merge) under a new number; replyTo is the post it answers there, if any. */
    public void moveTo(Topic newTopic, int newNumber, Post newReplyTo, Integer newReplyToNumber) {
        this.topic = newTopic;
        this.number = newNumber;
        this.replyTo = newReplyTo;
        this.replyToNumber = newReplyTo == null ? null : newReplyToNumber;
    }

    /**
     * Removes what the post said for good (its author deleted their account and chose so), whatever state it is
     * in: marked withdrawn, it keeps its place.
     */
    public void erase() {
        if (!isWithdrawn()) {
            changeView(() -> withdrawnAt = Instant.now(), null);
        }
        this.raw = "";
        this.cooked = "";
    }

    private static void refuseIf(boolean refused, String key) {
        if (refused) {
            throw new IllegalPostTransition(key);
        }
    }

    /** Applies a change of state, and keeps the topic's count of shown posts (and its activity) right. */
    private void changeView(Runnable change, Instant activity) {
        boolean shownBefore = isShownToMembers();
        change.run();
        boolean shownAfter = isShownToMembers();
        if (shownBefore && !shownAfter) {
            topic.postWithdrawn();
        } else if (!shownBefore && shownAfter) {
            topic.postShown(activity);
        }
    }

    private void take(Cooked content) {
        this.raw = content.raw();
        this.cooked = content.html();
        this.cookedVersion = content.rendererVersion();
    }

    public Long id() {
        return id;
    }

    public Topic topic() {
        return topic;
    }

    public int number() {
        return number;
    }

    public Account author() {
        return author;
    }

    /** The post this one answers, or null for a reply to the topic itself. */
    public Post replyTo() {
        return replyTo;
    }

    public Integer replyToNumber() {
        return replyToNumber;
    }

    public String raw() {
        return raw;
    }

    public String cooked() {
        return cooked;
    }

    public int cookedVersion() {
        return cookedVersion;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant editedAt() {
        return editedAt;
    }

    public boolean isEdited() {
        return editedAt != null;
    }

    public int revisionCount() {
        return revisionCount;
    }

    public boolean isWithdrawn() {
        return withdrawnAt != null;
    }

    /**
     * Whether members other than its author and staff see this post. Every derived view (lists, excerpts,
     * notifications, mails rendered at send time) asks here, so a post taken out of view leaves all of them.
     */
    public boolean isShownToMembers() {
        return !isWithdrawn() && !isDeleted() && !isPending() && !isHidden();
    }

    public boolean isHidden() {
        return hiddenAt != null;
    }

    public Instant hiddenAt() {
        return hiddenAt;
    }

    public String hiddenReason() {
        return hiddenReason;
    }

    public boolean isDeleted() {
        return deletedAt != null;
    }

    /** Held for approval: only its author and staff see it, and nobody has been told of it. */
    public boolean isPending() {
        return pendingSince != null;
    }

    public Instant pendingSince() {
        return pendingSince;
    }

    public Instant withdrawnAt() {
        return withdrawnAt;
    }

    public String path() {
        return topic.path() + "/" + number;
    }
}
