-- The staff's log now also keeps what was done to groups and invitation links.
ALTER TABLE moderation_actions DROP CONSTRAINT moderation_actions_target_kind_known;
ALTER TABLE moderation_actions ADD CONSTRAINT moderation_actions_target_kind_known
    CHECK (target_kind IN ('POST', 'TOPIC', 'ACCOUNT', 'CATEGORY', 'WATCHED_WORD', 'SETTING', 'GROUP', 'INVITE'));
