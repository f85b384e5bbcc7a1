package org.palabre.invites.entity;

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
import java.time.Duration;
import java.time.Instant;
import org.palabre.accounts.entity.Account;

/** An invitation link: lets one person sign up while joining is by invitation only. */
@Entity
@Table(name = "invites")
@NamedQuery(name = Invite.BY_HASH, query = "SELECT i FROM Invite i WHERE i.tokenHash = :hash")
@NamedQuery(
        name = Invite.NEWEST,
        query = "SELECT i FROM Invite i JOIN FETCH i.createdBy ORDER BY i.createdAt DESC, i.id DESC")
@NamedQuery(
        name = Invite.MADE_BY,
        query = "SELECT i FROM Invite i WHERE i.createdBy.id = :accountId ORDER BY i.createdAt DESC, i.id DESC")
public class Invite {

    public static final String BY_HASH = "Invite.byHash";
    public static final String NEWEST = "Invite.newest";
    public static final String MADE_BY = "Invite.madeBy";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "token_hash")
    private String tokenHash;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "created_by")
    private Account createdBy;

    private String note;

    @Column(name = "created_at")
    private Instant createdAt;

    @Column(name = "expires_at")
    private Instant expiresAt;

    @Column(name = "revoked_at")
    private Instant revokedAt;

    @Column(name = "used_at")
    private Instant usedAt;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "used_by")
    private Account usedBy;

    protected Invite() {
        // for JPA
    }

    public Invite(String tokenHash, Account createdBy, String note, Duration validity) {
        this.tokenHash = tokenHash;
        this.createdBy = createdBy;
        this.note = note == null || note.isBlank() ? null : note.strip();
        this.createdAt = Instant.now();
        this.expiresAt = createdAt.plus(validity);
    }

    public boolean isUsable(Instant now) {
        return revokedAt == null && usedAt == null && now.isBefore(expiresAt);
    }

    public void revoke(Instant now) {
        if (revokedAt == null && usedAt == null) {
            revokedAt = now;
        }
    }

    public void useFor(Account newMember, Instant now) {
        this.usedBy = newMember;
        this.usedAt = now;
    }

    public Long id() {
        return id;
    }

    public Account createdBy() {
        return createdBy;
    }

    public String note() {
        return note == null ? "" : note;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant expiresAt() {
        return expiresAt;
    }

    /** "active", "used", "revoked" or "expired": what the invites page shows. */
    public String state(Instant now) {
        if (usedAt != null) {
            return "used";
        }
        if (revokedAt != null) {
            return "revoked";
        }
        return now.isBefore(expiresAt) ? "active" : "expired";
    }
}
