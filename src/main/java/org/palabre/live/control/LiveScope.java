package org.palabre.live.control;

/** What a live stream follows: one topic's posts, the topics started in one category, or a member's unread count. */
public enum LiveScope {
    TOPIC,
    CATEGORY,
    NOTIFICATIONS
}
