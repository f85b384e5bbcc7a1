-- Images from other sites fetched by the image proxy, one row per address (its sha256): the re-encoded content
-- lives in the uploads' store under its own sha256, or the row remembers why the fetch failed, until it is stale.
CREATE TABLE remote_images (
    address_sha256 VARCHAR(64) PRIMARY KEY,
    sha256 VARCHAR(64),
    media_type VARCHAR(40),
    failure VARCHAR(200),
    fetched_at TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE INDEX remote_images_fetched_at ON remote_images (fetched_at);
CREATE INDEX remote_images_sha256 ON remote_images (sha256);
