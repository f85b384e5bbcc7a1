package org.palabre.topics.entity;

/**
 * How far a member has read a topic (table topic_reads). It is written with one SQL MERGE rather than an
 * entity, so that two tabs of the same member reading at once cannot collide on the row's creation.
 */
public final class TopicRead {

    public static final String RECORD =
            "MERGE INTO topic_reads r USING (VALUES (CAST(?1 AS BIGINT), CAST(?2 AS BIGINT), CAST(?3 AS INTEGER))) "
                    + "AS seen (account_id, topic_id, last_read_number) "
                    + "ON r.account_id = seen.account_id AND r.topic_id = seen.topic_id "
                    + "WHEN MATCHED AND r.last_read_number < seen.last_read_number THEN UPDATE SET last_read_number = seen.last_read_number "
                    + "WHEN NOT MATCHED THEN INSERT (account_id, topic_id, last_read_number) "
                    + "VALUES (seen.account_id, seen.topic_id, seen.last_read_number)";

    private TopicRead() {}
}
