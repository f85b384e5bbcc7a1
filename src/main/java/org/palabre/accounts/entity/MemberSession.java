package org.palabre.accounts.entity;

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

/** A browser signed in as a member, known by the hash of the token in its cookie. */
@Entity
@Table(name = "member_sessions")
@NamedQuery(
        name = MemberSession.LIVE_BY_TOKEN_HASH,
        query = "SELECT s FROM MemberSession s JOIN FETCH s.account WHERE s.tokenHash = :hash AND s.expiresAt > :now")
@NamedQuery(name = MemberSession.DELETE_BY_TOKEN_HASH, query = "DELETE FROM MemberSession s WHERE s.tokenHash = :hash")
@NamedQuery(name = MemberSession.DELETE_FOR_ACCOUNT, query = "DELETE FROM MemberSession s WHERE s.account = :account")
@NamedQuery(
        name = MemberSession.DELETE_FOR_ACCOUNT_EXCEPT,
        query = "DELETE FROM MemberSession s WHERE s.account = :account AND s.tokenHash <> :kept")
@NamedQuery(name = MemberSession.DELETE_EXPIRED, query = "DELETE FROM MemberSession s WHERE s.expiresAt <= :now")
public class MemberSession {

    public static final String LIVE_BY_TOKEN_HASH = "MemberSession.liveByTokenHash";
    public static final String DELETE_BY_TOKEN_HASH = "MemberSession.deleteByTokenHash";
    public static final String DELETE_EXPIRED = "MemberSession.deleteExpired";
    public static final String DELETE_FOR_ACCOUNT = "MemberSession.deleteForAccount";
    public static final String DELETE_FOR_ACCOUNT_EXCEPT = "MemberSession.deleteForAccountExcept";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "token_hash")
    private String tokenHash;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "account_id")
    private Account account;

    @Column(name = "created_at")
    private Instant createdAt;

    @Column(name = "expires_at")
    private Instant expiresAt;

    protected MemberSession() {
        // for JPA
    }

    public MemberSession(String tokenHash, Account account, Duration lifetime) {
        this.tokenHash = tokenHash;
        this.account = account;
        this.createdAt = Instant.now();
        this.expiresAt = createdAt.plus(lifetime);
    }

    public Account account() {
        return account;
    }

    public Instant expiresAt() {
        return expiresAt;
    }
}
