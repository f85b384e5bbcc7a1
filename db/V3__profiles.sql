-- What a member shows of themselves on /u/{username}: an optional display name and a short markdown bio,
-- kept as written (bio_raw) and as rendered (bio_html) with the renderer version that made it.
ALTER TABLE accounts ADD COLUMN display_name VARCHAR(40);
ALTER TABLE accounts ADD COLUMN bio_raw TEXT;
ALTER TABLE accounts ADD COLUMN bio_html TEXT;
ALTER TABLE accounts ADD COLUMN bio_renderer_version INTEGER DEFAULT 0 NOT NULL;
