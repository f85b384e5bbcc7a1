package org.palabre.posts.entity;

/**
 * A post was saved (CDI event, fired inside the publishing transaction): features that react to new posts,
 * such as mentions and notifications, observe it, with {@code during = AFTER_SUCCESS} when they must only
 * see what was committed.
 */
public record PostPublished(long postId, long topicId, long authorId, boolean startsTopic) {}
