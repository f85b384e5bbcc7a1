package org.palabre.mailing.entity;

/** What a one-click unsubscribe link stops: the mails of that kind, and only those. */
public enum UnsubscribeScope {
    /** Mail about a watched topic: the topic goes back to normal. */
    TOPIC,
    /** Mail about a watched category: the category goes back to normal. */
    CATEGORY,
    MENTION,
    REPLY,
    QUOTE,
    MAILING_LIST,
    DIGEST
}
