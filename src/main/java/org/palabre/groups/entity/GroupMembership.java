package org.palabre.groups.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;
import org.palabre.accounts.entity.Account;

/** A member's place in a group; owners manage the group's members. */
@Entity
@Table(name = "group_memberships")
@IdClass(GroupMembership.Key.class)
@NamedQuery(
        name = GroupMembership.OF_GROUP,
        query = "SELECT m FROM GroupMembership m JOIN FETCH m.account a WHERE m.group = :group ORDER BY a.usernameKey")
@NamedQuery(
        name = GroupMembership.ONE,
        query = "SELECT m FROM GroupMembership m WHERE m.group = :group AND m.account = :account")
public class GroupMembership {

    public static final String OF_GROUP = "GroupMembership.ofGroup";
    public static final String ONE = "GroupMembership.one";

    @Id
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "group_id")
    private MemberGroup group;

    @Id
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "account_id")
    private Account account;

    private boolean owner;

    @Column(name = "joined_at")
    private Instant joinedAt;

    protected GroupMembership() {
        // for JPA
    }

    public GroupMembership(MemberGroup group, Account account) {
        this.group = group;
        this.account = account;
        this.joinedAt = Instant.now();
    }

    public Account account() {
        return account;
    }

    public boolean isOwner() {
        return owner;
    }

    public void makeOwner(boolean isOwner) {
        this.owner = isOwner;
    }

    /** The composite key: which group, which account. */
    public static class Key implements Serializable {
        private static final long serialVersionUID = 1L;

        private Long group;
        private Long account;

        public Key() {}

        public Key(Long group, Long account) {
            this.group = group;
            this.account = account;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && Objects.equals(group, key.group) && Objects.equals(account, key.account);
        }

        @Override
        public int hashCode() {
            return Objects.hash(group, account);
        }
    }
}
