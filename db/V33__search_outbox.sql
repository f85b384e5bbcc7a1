-- Hibernate Search's outbox polling (used when Palabre indexes into an Elasticsearch/OpenSearch server): every
-- change to an indexed post is written here in the transaction that makes it, and each server's agent indexes
-- the rows of its shard. Agents register in hsearch_agents to share the shards. Column names and types are those
-- Hibernate Search 7.2 maps (its entities are validated against them at start-up when outbox polling is on).
CREATE TABLE hsearch_outbox_events (
    id UUID NOT NULL PRIMARY KEY,
    entityName VARCHAR(256) NOT NULL,
    entityId VARCHAR(256) NOT NULL,
    entityIdHash INTEGER NOT NULL,
    payload BYTEA NOT NULL,
    retries INTEGER NOT NULL,
    processAfter TIMESTAMP WITH TIME ZONE NOT NULL,
    status VARCHAR(255) NOT NULL,
    tenantId VARCHAR(256)
);
CREATE INDEX hsearch_outbox_events_process_after ON hsearch_outbox_events (processAfter);
CREATE INDEX hsearch_outbox_events_entity_id_hash ON hsearch_outbox_events (entityIdHash);

CREATE TABLE hsearch_agents (
    id UUID NOT NULL PRIMARY KEY,
    type VARCHAR(255) NOT NULL,
    name VARCHAR(255) NOT NULL,
    expiration TIMESTAMP WITH TIME ZONE NOT NULL,
    state VARCHAR(255) NOT NULL,
    totalShardCount INTEGER,
    assignedShardIndex INTEGER,
    payload BYTEA,
    tenantId VARCHAR(256)
);
