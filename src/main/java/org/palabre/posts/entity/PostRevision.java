package org.palabre.posts.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import org.palabre.accounts.entity.Account;

/** One version of a post: what it said, who wrote this version, when and why. */
@Entity
@Table(name = "post_revisions")
@NamedQuery(
        name = PostRevision.OF_POST,
        query = "SELECT r FROM PostRevision r JOIN FETCH r.editor WHERE r.post = :post ORDER BY r.number")
public class PostRevision {

    public static final String OF_POST = "PostRevision.ofPost";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "post_id")
    private Post post;

    private int number;
    private String raw;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "editor_id")
    private Account editor;

    private String reason;

    @Column(name = "created_at")
    private Instant createdAt;

    protected PostRevision() {
        // for JPA
    }

    PostRevision(Post post, int number, Account editor, String reason, Instant createdAt) {
        this.post = post;
        this.number = number;
        this.raw = post.raw();
        this.editor = editor;
        this.reason = reason == null || reason.isBlank() ? null : reason.strip();
        this.createdAt = createdAt;
    }

    public int number() {
        return number;
    }

    public String raw() {
        return raw;
    }

    public Account editor() {
        return editor;
    }

    public String reason() {
        return reason == null ? "" : reason;
    }

    public Instant createdAt() {
        return createdAt;
    }
}
