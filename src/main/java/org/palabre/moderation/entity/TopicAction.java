package org.palabre.moderation.entity;

/** What a moderator does to a topic; each is logged under its own name (TOPIC_CLOSED ...). */
public enum TopicAction {
    CLOSE(ModerationActionKind.TOPIC_CLOSED),
    REOPEN(ModerationActionKind.TOPIC_REOPENED),
    PIN(ModerationActionKind.TOPIC_PINNED),
    UNPIN(ModerationActionKind.TOPIC_UNPINNED),
    ARCHIVE(ModerationActionKind.TOPIC_ARCHIVED),
    UNARCHIVE(ModerationActionKind.TOPIC_UNARCHIVED),
    UNLIST(ModerationActionKind.TOPIC_UNLISTED),
    RELIST(ModerationActionKind.TOPIC_RELISTED),
    MOVE(ModerationActionKind.TOPIC_MOVED),
    RETITLE(ModerationActionKind.TOPIC_RETITLED),
    SLOW_MODE(ModerationActionKind.TOPIC_SLOW_MODE);

    private final ModerationActionKind logged;

    TopicAction(ModerationActionKind logged) {
        this.logged = logged;
    }

    public ModerationActionKind logged() {
        return logged;
    }

    /** The action named in a form or a URL (close, slow-mode ...), or null. */
    public static TopicAction named(String name) {
        if (name == null) {
            return null;
        }
        for (TopicAction action : values()) {
            if (action.name().equalsIgnoreCase(name.replace('-', '_'))) {
                return action;
            }
        }
        return null;
    }
}
