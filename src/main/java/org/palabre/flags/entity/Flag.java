package org.palabre.flags.entity;

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

/** A member tells moderators that a post should not be there. One per member and post; kept once decided. */
@Entity
@Table(name = "flags")
public class Flag {

    /** What a moderator decided about the flags of a post. */
    public enum Resolution {
        AGREED,
        DISAGREED,
        IGNORED
    }

    public static final int MESSAGE_MAX_LENGTH = 1000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "post_id")
    private Post post;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "flagger_id")
    private Account flagger;

    @Enumerated(EnumType.STRING)
    private FlagReason reason;

    private String message;

    @Column(name = "created_at")
    private Instant createdAt;

    @Enumerated(EnumType.STRING)
    private Resolution resolution;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "resolved_by")
    private Account resolvedBy;

    @Column(name = "resolved_at")
    private Instant resolvedAt;

    protected Flag() {
        // for JPA
    }

    public Flag(Post post, Account flagger, FlagReason reason, String message) {
        this.post = post;
        this.flagger = flagger;
        this.reason = reason;
        this.message = message == null || message.isBlank() ? null : message.strip();
        this.createdAt = Instant.now();
    }

    public void resolve(Resolution decided, Account moderator) {
        this.resolution = decided;
        this.resolvedBy = moderator;
        this.resolvedAt = Instant.now();
    }

    public Long id() {
        return id;
    }

    public Post post() {
        return post;
    }

    public Account flagger() {
        return flagger;
    }

    public FlagReason reason() {
        return reason;
    }

    public String message() {
        return message == null ? "" : message;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Resolution resolution() {
        return resolution;
    }
}
