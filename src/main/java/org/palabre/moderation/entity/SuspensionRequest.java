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

/** A long suspension asked by one moderator, which takes effect only once a second one confirms it. */
@Entity
@Table(name = "suspension_requests")
public class SuspensionRequest {

    public enum Outcome {
        CONFIRMED,
        REJECTED
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "target_id")
    private Account target;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "requested_by")
    private Account requestedBy;

    private int days;

    private String reason;

    @Column(name = "created_at")
    private Instant createdAt;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "decided_by")
    private Account decidedBy;

    @Column(name = "decided_at")
    private Instant decidedAt;

    @Enumerated(EnumType.STRING)
    private Outcome outcome;

    protected SuspensionRequest() {
        // for JPA
    }

    public SuspensionRequest(Account target, Account requestedBy, int days, String reason) {
        this.target = target;
        this.requestedBy = requestedBy;
        this.days = days;
        this.reason = reason;
        this.createdAt = Instant.now();
    }

    /** The person who asked cannot be the second one: that is the point of asking. */
    public boolean mayBeDecidedBy(Account moderator) {
        return requestedBy == null || !requestedBy.id().equals(moderator.id());
    }

    public void decide(Outcome decided, Account moderator) {
        this.outcome = decided;
        this.decidedBy = moderator;
        this.decidedAt = Instant.now();
    }

    public boolean isPending() {
        return outcome == null;
    }

    public Long id() {
        return id;
    }

    public Account target() {
        return target;
    }

    public Account requestedBy() {
        return requestedBy;
    }

    public int days() {
        return days;
    }

    public String reason() {
        return reason;
    }

    public Instant createdAt() {
        return createdAt;
    }
}
