package org.palabre.accounts.entity;

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
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;

/** A single-use link mailed to a member, known by the hash of its token. */
@Entity
@Table(name = "account_tokens")
@NamedQuery(
        name = AccountToken.BY_HASH,
        query = "SELECT t FROM AccountToken t JOIN FETCH t.account WHERE t.tokenHash = :hash")
@NamedQuery(
        name = AccountToken.RETIRE_UNUSED,
        query =
                "UPDATE AccountToken t SET t.usedAt = :now WHERE t.account = :account AND t.purpose = :purpose AND t.usedAt IS NULL")
@NamedQuery(name = AccountToken.DELETE_OF_ACCOUNT, query = "DELETE FROM AccountToken t WHERE t.account = :account")
public class AccountToken {

    public static final String BY_HASH = "AccountToken.byHash";
    public static final String RETIRE_UNUSED = "AccountToken.retireUnused";
    public static final String DELETE_OF_ACCOUNT = "AccountToken.deleteOfAccount";

    public enum Purpose {
        VERIFY_EMAIL(Duration.ofHours(24)),
        RESET_PASSWORD(Duration.ofHours(1)),
        CHANGE_EMAIL(Duration.ofHours(24)),
        /** The member's current address, confirmed again after bounces stopped their mail. */
        CONFIRM_ADDRESS(Duration.ofHours(24));

        private final Duration lifetime;

        Purpose(Duration lifetime) {
            this.lifetime = lifetime;
        }

        public Duration lifetime() {
            return lifetime;
        }
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "account_id")
    private Account account;

    @Enumerated(EnumType.STRING)
    private Purpose purpose;

    @Column(name = "token_hash")
    private String tokenHash;

    @Column(name = "created_at")
    private Instant createdAt;

    @Column(name = "expires_at")
    private Instant expiresAt;

    @Column(name = "used_at")
    private Instant usedAt;

    @Column(name = "new_email")
    private String newEmail;

    protected AccountToken() {
        // for JPA
    }

    public AccountToken(Account account, Purpose purpose, String tokenHash) {
        this.account = account;
        this.purpose = purpose;
        this.tokenHash = tokenHash;
        this.createdAt = Instant.now();
        this.expiresAt = createdAt.plus(purpose.lifetime());
    }

    /** A link that confirms a new address for the account. */
    public static AccountToken forNewEmail(Account account, String newEmail, String tokenHash) {
        AccountToken token = new AccountToken(account, Purpose.CHANGE_EMAIL, tokenHash);
        token.newEmail = newEmail.strip();
        return token;
    }

    public String newEmail() {
        return newEmail;
    }

    /** Whether the link may still be followed for this purpose. */
    public boolean isUsableFor(Purpose wanted, Instant now) {
        return purpose == wanted && usedAt == null && now.isBefore(expiresAt);
    }

    public void markUsed(Instant now) {
        this.usedAt = now;
    }

    public Account account() {
        return account;
    }
}
