package org.palabre.mailing.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * The key of one member's Reply-To address for one post. Only the key's SHA-256 is kept. It opens nothing once
 * expired or revoked, or once the member's password changed since it was made (the credential stamp differs).
 */
@Entity
@Table(name = "reply_keys")
public class ReplyKey {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "key_hash")
    private String keyHash;

    @Column(name = "account_id")
    private long accountId;

    @Column(name = "post_id")
    private long postId;

    @Column(name = "credential_stamp")
    private String credentialStamp;

    @Column(name = "created_at")
    private Instant createdAt;

    @Column(name = "expires_at")
    private Instant expiresAt;

    private boolean revoked;

    protected ReplyKey() {
        // for JPA
    }

    public ReplyKey(String keyHash, long accountId, long postId, String credentialStamp, Instant expiresAt) {
        this.keyHash = keyHash;
        this.accountId = accountId;
        this.postId = postId;
        this.credentialStamp = credentialStamp;
        this.createdAt = Instant.now();
        this.expiresAt = expiresAt;
    }

    /** Whether the key still opens its address for a member whose credentials now give this stamp. */
    public boolean opensFor(String currentStamp, Instant now) {
        return !revoked && now.isBefore(expiresAt) && credentialStamp.equals(currentStamp);
    }

    public boolean isExpired(Instant now) {
        return !now.isBefore(expiresAt);
    }

    public long accountId() {
        return accountId;
    }

    public long postId() {
        return postId;
    }
}
