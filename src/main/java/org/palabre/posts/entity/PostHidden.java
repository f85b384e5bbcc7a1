package org.palabre.posts.entity;

/**
 * Flags took a post out of members' view pending review (CDI event, fired inside the hiding transaction):
 * the moderators of its category are told. actorId is the member whose flag tipped it.
 */
public record PostHidden(long postId, long categoryId, long actorId) {}
