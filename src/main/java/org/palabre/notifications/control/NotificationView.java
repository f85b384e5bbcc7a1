package org.palabre.notifications.control;

import java.time.Instant;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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
        int postNumber,
        String reason) {

    private static final Pattern FLAG_REASON = Pattern.compile("\\{(flags\\.reason\\.[A-Z_]+)}");

    static final String SELECT =
            "SELECT new org.palabre.notifications.control.NotificationView(n.id, n.kind, n.createdAt, "
                    + "n.readAt, a.username, t.title, t.slug, t.id, p.number, n.reason) FROM Notification n JOIN n.post p JOIN p.topic t JOIN n.actor a ";

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

    /** The author's news that their post was hidden, which says why and what they can do. */
    public boolean isHiddenPostNews() {
        return kind == NotificationKind.YOUR_POST_HIDDEN;
    }

    /** The message key of the flag reason that hid the post, or null (a moderator's own words, or no reason). */
    public String flagReasonKey() {
        return flagReasonKey(reason);
    }

    /** A hiding reason is either a flag reason's message key in braces or a moderator's own words. */
    public static String flagReasonKey(String reason) {
        Matcher key = reason == null ? null : FLAG_REASON.matcher(reason);
        return key != null && key.matches() ? key.group(1) : null;
    }
}
