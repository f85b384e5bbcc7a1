package org.palabre.moderation.entity;

/** What a watched word does to a post that holds it. */
public enum WatchedWordAction {
    /** The post is refused, with a message naming the word. */
    BLOCK,
    /** The post waits in the approval queue. */
    REQUIRE_APPROVAL,
    /** The post is published and listed for review. */
    FLAG
}
