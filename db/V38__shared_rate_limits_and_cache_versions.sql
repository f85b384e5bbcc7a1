-- Rate limits shared by every server on one database: one row per action and key (a keyed hash, never the client
-- address or name itself) holds the time its token bucket is next empty-free, in epoch milliseconds (GCRA, the
-- cell-rate form of a token bucket: one number per bucket, updated by one statement per attempt). A row whose
-- time has passed stands for a full bucket and may be deleted.
CREATE TABLE rate_limit_buckets (
    action TEXT NOT NULL,
    key_hash TEXT NOT NULL,
    due_at BIGINT NOT NULL,
    allowed BOOLEAN NOT NULL,
    PRIMARY KEY (action, key_hash)
);

CREATE INDEX rate_limit_buckets_due_at ON rate_limit_buckets (due_at);

-- A version number per cache that a server keeps in memory: a write bumps it in its own transaction, and every
-- server compares it, in one primary-key read, with the version its copy was made from.
CREATE TABLE cache_versions (
    name TEXT PRIMARY KEY,
    version BIGINT NOT NULL
);

INSERT INTO cache_versions (name, version) VALUES ('watched-words', 0);
-- Visitors' whole pages (web PublicPages): any write on any server makes every server's kept pages stale.
INSERT INTO cache_versions (name, version) VALUES ('visitor-pages', 0);
