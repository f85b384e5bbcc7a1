package org.palabre.accounts.entity;

/**
 * A member deleted their account (CDI event, fired inside the deleting transaction): features holding
 * the member's things react, such as posts kept as "deleted user" or removed as the member chose.
 */
public record AccountDeleted(long accountId, PostsChoice postsChoice) {}
