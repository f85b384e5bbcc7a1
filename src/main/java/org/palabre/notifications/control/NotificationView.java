package org.palabre.notifications.control;

import java.time.Instant;
import org.palabre.notifications.entity.NotificationKind;

/** A notification as its list shows it, read with its post, topic and actor in one query. */
public record NotificationView(
        long id,
        NotificationKind kind,
        Instant createdAt,
        Instant readAt,
        String actorUsername,
        String topicTitle,
        String topicSlug,
        long topicId,
        int postNumber) {

    static final String SELECT =
            "SELECT new org.palabre.notifications.control.NotificationView(n.id, n.kind, n.createdAt, "
                    + "n.readAt, a.username, t.title, t.slug, t.id, p.number) FROM Notification n JOIN n.post p JOIN p.topic t JOIN n.actor a ";

    public boolean isRead() {
        return readAt != null;
    }

    /** The post's permalink. */
    public String postPath() {
        return "/t/" + topicSlug + "/" + topicId + "/" + postNumber;
    }

    public boolean byDeletedAccount() {
        return actorUsername.startsWith("deleted:");
    }
}
