package org.palabre.accounts.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * The record of an account deletion for the moderation audit log. It holds no personal data on purpose:
 * only the former account's id, the time and the member's choice for their posts.
 */
@Entity
@Table(name = "account_deletions")
public class AccountDeletion {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "account_id")
    private Long accountId;

    @Column(name = "deleted_at")
    private Instant deletedAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "posts_choice")
    private PostsChoice postsChoice;

    protected AccountDeletion() {
        // for JPA
    }

    public AccountDeletion(long accountId, PostsChoice postsChoice, Instant deletedAt) {
        this.accountId = accountId;
        this.postsChoice = postsChoice;
        this.deletedAt = deletedAt;
    }

    public Long accountId() {
        return accountId;
    }

    public Instant deletedAt() {
        return deletedAt;
    }

    public PostsChoice postsChoice() {
        return postsChoice;
    }
}
