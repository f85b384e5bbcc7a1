-- A topic page shows its moderators which posts came by mail, and the purge finds old mail and long-expired
-- reply keys: both by an index rather than a scan of every mail ever received.
CREATE INDEX incoming_mails_by_post ON incoming_mails (post_id);
CREATE INDEX reply_keys_by_expiry ON reply_keys (expires_at);
