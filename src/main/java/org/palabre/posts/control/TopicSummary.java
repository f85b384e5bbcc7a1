package org.palabre.posts.control;

import java.time.Instant;
import java.util.List;

/**
 * A topic in a list: what it is, how active, who takes part, and for a signed-in member how much is unread
 * ({@code unread} is -1 for a topic the member never opened, shown as new).
 */
public record TopicSummary(
        long id,
        String title,
        String slug,
        long categoryId,
        String author,
        Instant createdAt,
        Instant lastPostedAt,
        int postCount,
        List<String> participants,
        int unread,
        boolean pinned,
        boolean closed,
        boolean archived) {

    public int replyCount() {
        return Math.max(0, postCount - 1);
    }

    public boolean isNew() {
        return unread < 0;
    }

    public String path() {
        return "/t/" + slug + "/" + id;
    }
}
