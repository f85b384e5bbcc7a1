package org.palabre.posts.control;

import java.time.Instant;
import org.palabre.accounts.entity.AuthorName;

/**
 * A post as a topic page shows it, read by one query with its author and the number and author of the post
 * it answers. A read model rather than entities: a page of 100 posts then costs one SELECT and no
 * change tracking.
 */
public record PostView(
        long id,
        int number,
        long authorId,
        String authorUsername,
        String authorDisplayName,
        Instant createdAt,
        Instant editedAt,
        int revisionCount,
        String cooked,
        int cookedVersion,
        Instant withdrawnAt,
        Integer replyToNumber,
        String replyToUsername,
        Instant deletedAt,
        Instant pendingSince,
        Instant hiddenAt) {

    public static final String SELECT =
            "SELECT new org.palabre.posts.control.PostView(p.id, p.number, a.id, a.username, "
                    + "a.displayName, p.createdAt, p.editedAt, p.revisionCount, p.cooked, p.cookedVersion, p.withdrawnAt, "
                    + "p.replyToNumber, ra.username, p.deletedAt, p.pendingSince, p.hiddenAt) FROM Post p JOIN p.author a "
                    + "LEFT JOIN p.replyTo r LEFT JOIN r.author ra ";

    private static final String DELETED = "deleted:";

    public boolean isWithdrawn() {
        return withdrawnAt != null;
    }

    /** Deleted by a moderator: members see that it was, staff still see what it said. */
    public boolean isDeleted() {
        return deletedAt != null;
    }

    /** Held for approval (or rejected): only its author and staff ever get this post. */
    public boolean isPending() {
        return pendingSince != null;
    }

    /** Hidden pending review: in place, its content only for its reviewers and its author. */
    public boolean isHidden() {
        return hiddenAt != null;
    }

    public boolean isShownToMembers() {
        return PostVisibility.isShownToMembers(PostVisibility.States.of(this));
    }

    public boolean isEdited() {
        return editedAt != null;
    }

    /** The author's account was deleted: the page says "deleted user" instead of a name. */
    public boolean byDeletedAccount() {
        return authorUsername.startsWith(DELETED);
    }

    public boolean repliesToDeletedAccount() {
        return replyToUsername != null && replyToUsername.startsWith(DELETED);
    }

    public String shownName() {
        return authorDisplayName != null && !authorDisplayName.isBlank() ? authorDisplayName : authorUsername;
    }

    /** Whether the author line shows the username beside the display name (see AuthorName). */
    public boolean showsUsername() {
        return AuthorName.showsUsername(authorUsername, authorDisplayName);
    }

    public PostView withCooked(String html, int version) {
        return new PostView(
                id,
                number,
                authorId,
                authorUsername,
                authorDisplayName,
                createdAt,
                editedAt,
                revisionCount,
                html,
                version,
                withdrawnAt,
                replyToNumber,
                replyToUsername,
                deletedAt,
                pendingSince,
                hiddenAt);
    }
}
