package org.palabre.notifications.entity;

/**
 * The notifications a post calls for right away (mentions, quotes, replies, flags for its moderators) were written,
 * inside the transaction that wrote them. Mail observes this rather than the post's own events, so it always finds
 * every notification it is to mail: the order is this event, not an observer priority.
 */
public record NotificationsWritten(long postId) {}
