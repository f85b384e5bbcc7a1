-- The periodic retry of the fan-out queue reads the rows older than a minute.
CREATE INDEX notification_fanouts_created ON notification_fanouts (created_at);
