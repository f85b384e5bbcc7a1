package org.palabre.mailing.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.palabre.mailing.control.BounceScoring;

/**
 * A member's bounce score for one address (its login key): a new address starts clean, so a member who changes
 * a dead address gets mail again without anything else to do.
 */
@Entity
@Table(name = "mail_bounce_scores")
public class BounceScore {

    @Id
    @Column(name = "account_id")
    private Long accountId;

    @Column(name = "address_key")
    private String addressKey;

    private int score;

    @Column(name = "last_bounce_at")
    private Instant lastBounceAt;

    @Column(name = "last_soft_counted_at")
    private Instant lastSoftCountedAt;

    @Column(name = "stopped_at")
    private Instant stoppedAt;

    protected BounceScore() {
        // for JPA
    }

    public BounceScore(long accountId, String addressKey) {
        this.accountId = accountId;
        this.addressKey = addressKey;
    }

    /** Where the address stands; a score kept for an earlier address counts for nothing. */
    public BounceScoring.Standing standing(String currentAddressKey) {
        return currentAddressKey.equals(addressKey)
                ? new BounceScoring.Standing(score, lastBounceAt, lastSoftCountedAt, stoppedAt)
                : BounceScoring.Standing.CLEAN;
    }

    public void become(String currentAddressKey, BounceScoring.Standing standing) {
        addressKey = currentAddressKey;
        score = standing.score();
        lastBounceAt = standing.lastBounceAt();
        lastSoftCountedAt = standing.lastSoftCountedAt();
        stoppedAt = standing.stoppedAt();
    }

    public Long accountId() {
        return accountId;
    }

    public String addressKey() {
        return addressKey;
    }

    public int score() {
        return score;
    }

    public Instant lastBounceAt() {
        return lastBounceAt;
    }

    public Instant stoppedAt() {
        return stoppedAt;
    }
}
