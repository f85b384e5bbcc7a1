package org.palabre.live.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One row of the live journal: a post's change, numbered in the order the database gave (see V39). */
@Entity
@Table(name = "live_events")
public class LiveEvent {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Enumerated(EnumType.STRING)
    private LiveChange.Kind kind;

    @Column(name = "post_id")
    private long postId;

    @Column(name = "topic_id")
    private long topicId;

    @Column(name = "category_id")
    private long categoryId;

    @Column(name = "created_at")
    private Instant createdAt;

    protected LiveEvent() {}

    public LiveEvent(LiveChange.Kind kind, long postId, long topicId, long categoryId) {
        this.kind = kind;
        this.postId = postId;
        this.topicId = topicId;
        this.categoryId = categoryId;
        this.createdAt = Instant.now();
    }

    public LiveChange change() {
        return LiveChange.ofPost(kind, id, postId, topicId, categoryId);
    }
}
