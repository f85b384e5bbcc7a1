package org.palabre.moderation.entity;

import java.util.Optional;

/**
 * What a line of the moderation log says was done. Stored by name in moderation_actions.action (40 characters at
 * most), so a constant is never renamed without a migration that renames its rows, and the public log's message
 * labels (modlog.action.NAME, in every language: ModerationActionKindLabelsTest) follow the names.
 */
public enum ModerationActionKind {
    POST_HIDDEN,
    POST_DELETED,
    POST_RESTORED,
    POST_AUTHOR_CHANGED,
    POST_APPROVED,
    POST_REJECTED,
    FLAGS_AGREED,
    FLAGS_DISAGREED,
    FLAGS_IGNORED,
    WATCHED_WORD_FLAG_DISMISSED,
    TOPIC_CLOSED,
    TOPIC_REOPENED,
    TOPIC_PINNED,
    TOPIC_UNPINNED,
    TOPIC_ARCHIVED,
    TOPIC_UNARCHIVED,
    TOPIC_UNLISTED,
    TOPIC_RELISTED,
    TOPIC_MOVED,
    TOPIC_RETITLED,
    TOPIC_SLOW_MODE,
    TOPIC_SPLIT,
    TOPIC_MERGED,
    MEMBER_SILENCED,
    SILENCE_LIFTED,
    MEMBER_SUSPENDED,
    SUSPENSION_REQUESTED,
    SUSPENSION_CONFIRMED,
    SUSPENSION_REJECTED,
    SUSPENSION_LIFTED,
    SPAMMER_DELETED,
    MEMBER_TRUSTED,
    MEMBER_TRUST_REMOVED,
    CATEGORY_MODERATORS_CHOSEN,
    CATEGORY_APPROVAL_REQUIRED,
    CATEGORY_APPROVAL_LIFTED,
    PUBLIC_LOG_SHOWN,
    PUBLIC_LOG_HIDDEN,
    WATCHED_WORD_ADDED,
    WATCHED_WORD_REMOVED,
    APPROVAL_SETTINGS_CHANGED,
    MEMBER_ROLE_CHANGED,
    CATEGORY_CREATED,
    CATEGORY_CHANGED,
    CATEGORY_DELETED,
    GROUP_CREATED,
    GROUP_CHANGED,
    GROUP_DELETED,
    SITE_SETTING_CHANGED,
    INVITE_CREATED,
    INVITE_REVOKED;

    /** The kind a filter names exactly (surrounding spaces aside), or empty when none is called so. */
    public static Optional<ModerationActionKind> named(String name) {
        if (name == null) {
            return Optional.empty();
        }
        String stripped = name.strip();
        for (ModerationActionKind kind : values()) {
            if (kind.name().equals(stripped)) {
                return Optional.of(kind);
            }
        }
        return Optional.empty();
    }
}
