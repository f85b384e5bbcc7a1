package org.palabre.notifications.entity;

/**
 * The watchers of a post were told, inside the transaction that told them: every notification about the
 * post now exists, so observers (mail) can act on all of them at once.
 */
public record WatchersTold(long postId) {}
