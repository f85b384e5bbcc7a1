package org.palabre.posts.entity;

/**
 * A post was taken out of members' view (CDI event, fired inside the hiding transaction): by flags, or by a
 * moderator agreeing with a flag. actorId is the member whose flag tipped it or the moderator. reason is why, as
 * its author may read it: a flag reason's message key in braces ({@code {flags.reason.SPAM}}), a moderator's own
 * words, or null. awaitsReview says whether the moderators of its category have yet to review it (they are told).
 */
public record PostHidden(long postId, long categoryId, long actorId, String reason, boolean awaitsReview) {}
