package org.palabre.moderation.entity;

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

/** One line of the moderation log: written once, never changed. */
@Entity
@Table(name = "moderation_actions")
public class ModerationAction {

    /** What kind of thing an action was taken on. */
    public enum TargetKind {
        POST,
        TOPIC,
        ACCOUNT,
        CATEGORY,
        WATCHED_WORD,
        SETTING,
        GROUP,
        INVITE
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "actor_id")
    private Account actor;

    @Enumerated(EnumType.STRING)
    private ModerationActionKind action;

    @Enumerated(EnumType.STRING)
    @Column(name = "target_kind")
    private TargetKind targetKind;

    @Column(name = "target_id")
    private Long targetId;

    @Column(name = "category_id")
    private Long categoryId;

    private String reason;

    private String details;

    @Column(name = "created_at")
    private Instant createdAt;

    protected ModerationAction() {
        // for JPA
    }

    public ModerationAction(
            Account actor,
            ModerationActionKind action,
            TargetKind targetKind,
            Long targetId,
            Long categoryId,
            String reason,
            String details) {
        this.actor = actor;
        this.action = action;
        this.targetKind = targetKind;
        this.targetId = targetId;
        this.categoryId = categoryId;
        this.reason = clip(reason, 1000);
        this.details = clip(details, 2000);
        this.createdAt = Instant.now();
    }

    private static String clip(String value, int max) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String stripped = value.strip();
        return stripped.length() <= max ? stripped : stripped.substring(0, max);
    }

    public Long id() {
        return id;
    }

    public Account actor() {
        return actor;
    }

    public ModerationActionKind action() {
        return action;
    }

    public TargetKind targetKind() {
        return targetKind;
    }

    public Long targetId() {
        return targetId;
    }

    public Long categoryId() {
        return categoryId;
    }

    public String reason() {
        return reason;
    }

    public String details() {
        return details;
    }

    public Instant createdAt() {
        return createdAt;
    }
}
