package org.palabre.accounts.entity;

public enum AccountStatus {
    /** Signed up; the address is not verified yet, so the account cannot sign in. */
    PENDING,
    ACTIVE,
    /** Deleted by its owner: anonymised, never signs in again; kept so that what points at it still resolves. */
    DELETED
}
