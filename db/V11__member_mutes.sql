-- A member who muted another is told nothing of their posts, not even a mention.
CREATE TABLE member_mutes (
    account_id  BIGINT NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
    muted_id    BIGINT NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (account_id, muted_id),
    CONSTRAINT member_mutes_not_self CHECK (account_id <> muted_id)
);
CREATE INDEX member_mutes_muted ON member_mutes (muted_id);
