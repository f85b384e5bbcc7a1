package org.palabre.accounts.entity;

/** An administrator changed a member's role (CDI event, fired inside the changing transaction): the log keeps it. */
public record RoleChanged(long actorId, long accountId, Role from, Role to) {}
