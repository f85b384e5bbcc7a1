package org.palabre.accounts.entity;

/**
 * Sessions of a member ended (CDI event, fired inside the closing transaction): a sign-out, a password change, a
 * suspension. What a closed session had open elsewhere (a live page) is closed too.
 */
public record SessionsClosed(long accountId) {}
