-- How closely a member follows a topic or a category: WATCHING (told of every post; in a category, of every
-- new topic), TRACKING (unread counts, told only when concerned), NORMAL, MUTED (a topic: told of nothing but
-- mentions; a category: its topics leave the member's latest list). No row means NORMAL.
CREATE TABLE topic_watches (
    topic_id     BIGINT     NOT NULL REFERENCES topics (id) ON DELETE CASCADE,
    account_id   BIGINT     NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
    watch_level  VARCHAR(8) NOT NULL,
    PRIMARY KEY (topic_id, account_id),
    CONSTRAINT topic_watches_level_known CHECK (watch_level IN ('WATCHING', 'TRACKING', 'NORMAL', 'MUTED'))
);
CREATE INDEX topic_watches_account ON topic_watches (account_id);

CREATE TABLE category_watches (
    category_id  BIGINT     NOT NULL REFERENCES categories (id) ON DELETE CASCADE,
    account_id   BIGINT     NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
    watch_level  VARCHAR(8) NOT NULL,
    PRIMARY KEY (category_id, account_id),
    CONSTRAINT category_watches_level_known CHECK (watch_level IN ('WATCHING', 'TRACKING', 'NORMAL', 'MUTED'))
);
CREATE INDEX category_watches_account ON category_watches (account_id);

-- The level a member's own topics and replies give the topic. No row means WATCHING and TRACKING.
CREATE TABLE watch_defaults (
    account_id  BIGINT     PRIMARY KEY REFERENCES accounts (id) ON DELETE CASCADE,
    on_create   VARCHAR(8) NOT NULL,
    on_reply    VARCHAR(8) NOT NULL,
    CONSTRAINT watch_defaults_on_create_known CHECK (on_create IN ('WATCHING', 'TRACKING', 'NORMAL', 'MUTED')),
    CONSTRAINT watch_defaults_on_reply_known CHECK (on_reply IN ('WATCHING', 'TRACKING', 'NORMAL', 'MUTED'))
);

-- Posts whose watchers are still to be told: written in the post's transaction, removed in the one that
-- tells them, so a server stopped in between tells them when it starts again.
CREATE TABLE notification_fanouts (
    post_id     BIGINT PRIMARY KEY REFERENCES posts (id) ON DELETE CASCADE,
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL
);

ALTER TABLE notifications ALTER COLUMN kind SET DATA TYPE VARCHAR(32);
ALTER TABLE notifications DROP CONSTRAINT notifications_kind_known;
ALTER TABLE notifications ADD CONSTRAINT notifications_kind_known
    CHECK (kind IN ('MENTIONED', 'QUOTED', 'REPLIED', 'NEW_POST_IN_WATCHED_TOPIC', 'NEW_TOPIC_IN_WATCHED_CATEGORY'));
CREATE INDEX notifications_post ON notifications (post_id);
