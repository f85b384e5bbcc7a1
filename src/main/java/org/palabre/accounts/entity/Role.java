package org.palabre.accounts.entity;

/** What a member may do beyond reading and posting. Higher roles include the powers of lower ones. */
public enum Role {
    MEMBER,
    MODERATOR,
    ADMIN;

    public boolean includes(Role other) {
        return compareTo(other) >= 0;
    }
}
