package org.palabre.moderation.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A published post that a FLAG word matched, listed for review until a moderator dismisses it. */
@Entity
@Table(name = "post_watched_word_hits")
public class WatchedWordHit {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "post_id")
    private Long postId;

    private String phrase;

    @Column(name = "created_at")
    private Instant createdAt;

    @Column(name = "dismissed_at")
    private Instant dismissedAt;

    protected WatchedWordHit() {
        // for JPA
    }

    public WatchedWordHit(Long postId, String phrase) {
        this.postId = postId;
        this.phrase = phrase;
        this.createdAt = Instant.now();
    }

    public void dismiss() {
        dismissedAt = dismissedAt == null ? Instant.now() : dismissedAt;
    }

    public Long id() {
        return id;
    }

    public Long postId() {
        return postId;
    }

    public String phrase() {
        return phrase;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public boolean isDismissed() {
        return dismissedAt != null;
    }
}
