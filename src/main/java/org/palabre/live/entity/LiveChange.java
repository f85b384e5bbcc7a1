package org.palabre.live.entity;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.io.StringReader;

/**
 * What one database notice on the live channel says, in ids only. {@code eventId} is the journal's row for post
 * changes (the event id readers reconnect with), 0 otherwise; {@code accountId} names the member whose streams
 * must be checked again (0: every stream, after a change of categories or groups).
 */
public record LiveChange(Kind kind, long eventId, long postId, long topicId, long categoryId, long accountId) {

    public enum Kind {
        /** A reply was published (or approved). */
        PUBLISHED,
        /** A topic was started: its first post was published. */
        STARTED,
        EDITED,
        HIDDEN,
        /** Notifications were written for a post: their recipients' unread counts changed. */
        NOTIFIED,
        /** Sessions ended, or who may read what changed: open streams are checked again. */
        RECHECK;

        public boolean isJournaled() {
            return this == PUBLISHED || this == STARTED || this == EDITED || this == HIDDEN;
        }
    }

    public static LiveChange ofPost(Kind kind, long eventId, long postId, long topicId, long categoryId) {
        return new LiveChange(kind, eventId, postId, topicId, categoryId, 0);
    }

    public static LiveChange notified(long postId) {
        return new LiveChange(Kind.NOTIFIED, 0, postId, 0, 0, 0);
    }

    /** Streams of this member (0: of everyone) are checked again. */
    public static LiveChange recheck(long accountId) {
        return new LiveChange(Kind.RECHECK, 0, 0, 0, 0, accountId);
    }

    public String toJson() {
        JsonObjectBuilder json = Json.createObjectBuilder().add("kind", kind.name());
        put(json, "event", eventId);
        put(json, "post", postId);
        put(json, "topic", topicId);
        put(json, "category", categoryId);
        put(json, "account", accountId);
        return json.build().toString();
    }

    public static LiveChange fromJson(String payload) {
        try (var reader = Json.createReader(new StringReader(payload))) {
            JsonObject json = reader.readObject();
            return new LiveChange(
                    Kind.valueOf(json.getString("kind")),
                    number(json, "event"),
                    number(json, "post"),
                    number(json, "topic"),
                    number(json, "category"),
                    number(json, "account"));
        }
    }

    private static void put(JsonObjectBuilder json, String name, long value) {
        if (value != 0) {
            json.add(name, value);
        }
    }

    private static long number(JsonObject json, String name) {
        return json.containsKey(name) ? json.getJsonNumber(name).longValue() : 0;
    }
}
