package org.palabre.database.control;

/**
 * A notice published on a channel by any Palabre server sharing the database, this one included, after the
 * transaction that published it committed (CDI event, fired on the thread that receives notices: observers hand
 * long work to their own threads).
 */
public record DatabaseNoticeReceived(String channel, String payload) {}
