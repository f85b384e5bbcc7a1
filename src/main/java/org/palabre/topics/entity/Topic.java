package org.palabre.topics.entity;

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

    public void postWithdrawn() {
        postCount = Math.max(0, postCount - 1);
    }

    /** A post hidden pending review is shown again. */
    public void postRestored() {
        postCount++;
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
