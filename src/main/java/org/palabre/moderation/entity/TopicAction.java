package org.palabre.moderation.entity;

/** What a moderator does to a topic; each is logged under its own name (TOPIC_CLOSED ...). */
public enum TopicAction {
    CLOSE("TOPIC_CLOSED"),
    REOPEN("TOPIC_REOPENED"),
    PIN("TOPIC_PINNED"),
    UNPIN("TOPIC_UNPINNED"),
    ARCHIVE("TOPIC_ARCHIVED"),
    UNARCHIVE("TOPIC_UNARCHIVED"),
    UNLIST("TOPIC_UNLISTED"),
    RELIST("TOPIC_RELISTED"),
    MOVE("TOPIC_MOVED"),
    RETITLE("TOPIC_RETITLED"),
    SLOW_MODE("TOPIC_SLOW_MODE");

    private final String logged;

    TopicAction(String logged) {
        this.logged = logged;
    }

    public String logged() {
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
