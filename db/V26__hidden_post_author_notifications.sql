-- The author of a post hidden by flags or by a moderator is told, with the reason (a flag reason's message key
-- in braces, or the moderator's own words).
ALTER TABLE notifications ADD COLUMN reason TEXT;
ALTER TABLE notifications DROP CONSTRAINT notifications_kind_known;
ALTER TABLE notifications ADD CONSTRAINT notifications_kind_known
    CHECK (kind IN ('MENTIONED', 'GROUP_MENTIONED', 'QUOTED', 'REPLIED', 'NEW_POST_IN_WATCHED_TOPIC',
                    'NEW_TOPIC_IN_WATCHED_CATEGORY', 'POST_FLAGGED', 'YOUR_POST_HIDDEN'));
