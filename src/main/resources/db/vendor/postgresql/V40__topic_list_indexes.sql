-- The topic lists (home page, category pages) as their query orders them: pinned first, archived last, then the
-- latest. Without these, every list page read and sorted all the listed topics: at 20,000 topics in a category a
-- sequential scan and a sort on every page a member loads (bench/seed-large), against 0.1 ms from the index.
-- The expressions are those of TopicListings, literals included, so the planner matches them. PostgreSQL only (H2
-- has neither partial nor expression indexes, and an embedded forum is small): SchemaMigration adds the location
-- db/vendor/postgresql to db/migration on PostgreSQL, and the version numbers are shared with it.
CREATE INDEX topics_category_listed ON topics (
    category_id,
    (CASE WHEN pinned IS NOT NULL THEN 0 ELSE 1 END),
    (CASE WHEN archived_at IS NULL THEN 0 ELSE 1 END),
    last_posted_at DESC,
    id DESC
) WHERE unlisted_at IS NULL AND NOT pending AND merged_into_id IS NULL;

CREATE INDEX topics_listed ON topics (
    (CASE WHEN pinned = 'SITE' THEN 0 ELSE 1 END),
    (CASE WHEN archived_at IS NULL THEN 0 ELSE 1 END),
    last_posted_at DESC,
    id DESC
) WHERE unlisted_at IS NULL AND NOT pending AND merged_into_id IS NULL;
