package org.palabre.notifications.entity;

/** Why a member is told about a post, most specific first: a post that does several says the first. */
public enum NotificationKind {
    MENTIONED,
    QUOTED,
    REPLIED,
    GROUP_MENTIONED,
    NEW_POST_IN_WATCHED_TOPIC,
    NEW_TOPIC_IN_WATCHED_CATEGORY,
    /** To moderators of the category: flags hid the post until someone reviews it. */
    POST_FLAGGED,
    /** To the author: flags or a moderator hid their post; says why and what they can do. */
    YOUR_POST_HIDDEN
}
