package org.palabre.topics.entity;

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
import org.palabre.categories.entity.Category;

/** A conversation in a category: a title and numbered posts, the first written with the topic. */
@Entity
@Table(name = "topics")
public class Topic {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "category_id")
    private Category category;

    // The same column read as a number: permission checks need only the id, never the lazy category.
    @Column(name = "category_id", insertable = false, updatable = false)
    private Long categoryId;

    private String title;
    private String slug;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "author_id")
    private Account author;

    @Column(name = "created_at")
    private Instant createdAt;

    @Column(name = "last_posted_at")
    private Instant lastPostedAt;

    @Column(name = "post_count")
    private int postCount;

    @Column(name = "highest_number")
    private int highestNumber;

    @Column(name = "closed_at")
    private Instant closedAt;

    @Column(name = "archived_at")
    private Instant archivedAt;

    @Column(name = "unlisted_at")
    private Instant unlistedAt;

    @Enumerated(EnumType.STRING)
    private PinScope pinned;

    @Column(name = "slow_mode_seconds")
    private int slowModeSeconds;

    // The first post awaits approval: the topic is hidden from all but its author and staff.
    private boolean pending;

    @Column(name = "merged_into_id")
    private Long mergedIntoId;

    protected Topic() {
        // for JPA
    }

    public Topic(Category category, TopicTitle title, Account author) {
        this.category = category;
        this.title = title.text();
        this.slug = title.slug();
        this.author = author;
        this.createdAt = Instant.now();
        this.lastPostedAt = createdAt;
    }

    /** Gives the next post its number; the caller holds this topic's row lock, so numbers never collide. */
    public int nextNumber(Instant postedAt) {
        highestNumber++;
        postCount++;
        lastPostedAt = postedAt;
        return highestNumber;
    }

    /** A number for a post held for approval: not counted, and the topic does not rise in the lists until approved. */
    public int nextHeldNumber() {
        return ++highestNumber;
    }

    public void postWithdrawn() {
        postCount = Math.max(0, postCount - 1);
    }

    /** A post came into members' view (approved, restored): counted again; an approval is new activity. */
    public void postShown(Instant activity) {
        postCount++;
        if (activity != null && activity.isAfter(lastPostedAt)) {
            lastPostedAt = activity;
        }
    }

    /** After posts moved in or out: the count, highest number and latest activity as the posts now are. */
    public void recount(int shownPosts, int highest, Instant latest) {
        postCount = shownPosts;
        highestNumber = highest;
        if (latest != null) {
            lastPostedAt = latest;
        }
    }

    public void attributeTo(Account newAuthor) {
        author = newAuthor;
    }

    public void hold() {
        pending = true;
    }

    public void approve() {
        pending = false;
    }

    public void close() {
        closedAt = closedAt == null ? Instant.now() : closedAt;
    }

    public void reopen() {
        closedAt = null;
    }

    public void archive() {
        archivedAt = archivedAt == null ? Instant.now() : archivedAt;
    }

    public void unarchive() {
        archivedAt = null;
    }

    public void unlist() {
        unlistedAt = unlistedAt == null ? Instant.now() : unlistedAt;
    }

    public void relist() {
        unlistedAt = null;
    }

    public void pin(PinScope scope) {
        pinned = scope;
    }

    public void unpin() {
        pinned = null;
    }

    public void slowDown(int seconds) {
        slowModeSeconds = Math.max(0, seconds);
    }

    public void retitle(TopicTitle newTitle) {
        title = newTitle.text();
        slug = newTitle.slug();
    }

    public void moveTo(Category newCategory) {
        category = newCategory;
        categoryId = newCategory.id();
    }

    /** Every post went to the other topic: this one only points there now. */
    public void mergeInto(Topic target) {
        mergedIntoId = target.id();
        postCount = 0;
    }

    public boolean isClosed() {
        return closedAt != null;
    }

    public boolean isArchived() {
        return archivedAt != null;
    }

    public boolean isUnlisted() {
        return unlistedAt != null;
    }

    public PinScope pinned() {
        return pinned;
    }

    public int slowModeSeconds() {
        return slowModeSeconds;
    }

    public boolean isPending() {
        return pending;
    }

    public Long mergedIntoId() {
        return mergedIntoId;
    }

    public Long id() {
        return id;
    }

    public Category category() {
        return category;
    }

    public Long categoryId() {
        return categoryId != null ? categoryId : category.id();
    }

    public String title() {
        return title;
    }

    public String slug() {
        return slug;
    }

    public Account author() {
        return author;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant lastPostedAt() {
        return lastPostedAt;
    }

    /** Posts readers see, the first one included. */
    public int postCount() {
        return postCount;
    }

    public int highestNumber() {
        return highestNumber;
    }

    public String path() {
        return "/t/" + slug + "/" + id;
    }
}
