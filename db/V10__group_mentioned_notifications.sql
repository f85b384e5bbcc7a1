-- A member told because a post mentioned a group they are in (@collectif-lyon).
ALTER TABLE notifications DROP CONSTRAINT notifications_kind_known;
ALTER TABLE notifications ADD CONSTRAINT notifications_kind_known
    CHECK (kind IN ('MENTIONED', 'GROUP_MENTIONED', 'QUOTED', 'REPLIED', 'NEW_POST_IN_WATCHED_TOPIC', 'NEW_TOPIC_IN_WATCHED_CATEGORY'));
