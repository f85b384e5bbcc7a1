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
import java.time.Instant;

/** A member's personal token for the JSON API, known by its hash. */
@Entity
@Table(name = "api_tokens")
@NamedQuery(name = ApiToken.BY_HASH, query = "SELECT t FROM ApiToken t JOIN FETCH t.account WHERE t.tokenHash = :hash")
@NamedQuery(
        name = ApiToken.OF_ACCOUNT,
        query = "SELECT t FROM ApiToken t WHERE t.account = :account ORDER BY t.createdAt DESC, t.id DESC")
@NamedQuery(
        name = ApiToken.DELETE_OF_ACCOUNT,
        query = "DELETE FROM ApiToken t WHERE t.id = :id AND t.account = :account")
@NamedQuery(name = ApiToken.DELETE_ALL_OF_ACCOUNT, query = "DELETE FROM ApiToken t WHERE t.account = :account")
public class ApiToken {

    public static final String BY_HASH = "ApiToken.byHash";
    public static final String OF_ACCOUNT = "ApiToken.ofAccount";
    public static final String DELETE_OF_ACCOUNT = "ApiToken.deleteOfAccount";
    public static final String DELETE_ALL_OF_ACCOUNT = "ApiToken.deleteAllOfAccount";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "account_id")
    private Account account;

    private String name;

    @Column(name = "token_hash")
    private String tokenHash;

    @Column(name = "created_at")
    private Instant createdAt;

    protected ApiToken() {
        // for JPA
    }

    public ApiToken(Account account, String name, String tokenHash) {
        this.account = account;
        this.name = name;
        this.tokenHash = tokenHash;
        this.createdAt = Instant.now();
    }

    public Long id() {
        return id;
    }

    public Account account() {
        return account;
    }

    public String name() {
        return name;
    }

    public Instant createdAt() {
        return createdAt;
    }
}
