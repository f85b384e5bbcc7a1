package org.palabre.search.control;

import java.util.Locale;
import java.util.Set;
import org.hibernate.boot.model.relational.Namespace;
import org.hibernate.boot.model.relational.Sequence;
import org.hibernate.mapping.Table;
import org.hibernate.tool.schema.spi.SchemaFilter;
import org.hibernate.tool.schema.spi.SchemaFilterProvider;

/**
 * Leaves Hibernate Search's two outbox tables out of the check of the mapping against the schema (the rest is
 * checked as always). Their payload columns are BYTEA, which H2 reports as VARBINARY while Hibernate expects a
 * BLOB there for a byte array of unlimited length; both read and write the same bytes, and the tables' names and
 * columns are proven by use as soon as the first post is indexed.
 */
public class OutboxTablesUnchecked implements SchemaFilterProvider, SchemaFilter {

    private static final Set<String> TABLES = Set.of("hsearch_outbox_events", "hsearch_agents");

    @Override
    public boolean includeNamespace(Namespace namespace) {
        return true;
    }

    @Override
    public boolean includeTable(Table table) {
        return !TABLES.contains(table.getName().toLowerCase(Locale.ROOT));
    }

    @Override
    public boolean includeSequence(Sequence sequence) {
        return true;
    }

    @Override
    public SchemaFilter getCreateFilter() {
        return this;
    }

    @Override
    public SchemaFilter getDropFilter() {
        return this;
    }

    @Override
    public SchemaFilter getTruncatorFilter() {
        return this;
    }

    @Override
    public SchemaFilter getMigrateFilter() {
        return this;
    }

    @Override
    public SchemaFilter getValidateFilter() {
        return this;
    }
}
