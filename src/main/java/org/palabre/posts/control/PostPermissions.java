package org.palabre.posts.control;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.util.function.BooleanSupplier;
import org.palabre.accounts.control.SiteModerators;
import org.palabre.accounts.entity.Account;
import org.palabre.categories.control.CategoryPermissions;
import org.palabre.posts.entity.Post;
import org.palabre.topics.entity.Topic;

/** The one place that answers what a person may do with a topic or a post. A null account is a visitor. */
@RequestScoped
public class PostPermissions {

    @Inject
    CategoryPermissions categories;

    /** A topic whose first post awaits approval exists only for its author and the category's moderators. */
    public boolean canRead(Account reader, Topic topic) {
        if (!categories.canRead(reader, topic.categoryId())) {
            return false;
        }
        return !topic.isPending()
                || (reader != null && topic.author().id().equals(reader.id()))
                || categories.canModerate(reader, topic.categoryId());
    }

    /** A post held for approval, or rejected, is seen by its author and the category's moderators only. */
    public boolean canSee(Account reader, Post post) {
        if (!canRead(reader, post.topic())) {
            return false;
        }
        return PostVisibility.isListedFor(
                PostVisibility.States.of(post),
                reader,
                categories.canModerate(reader, post.topic().categoryId()));
    }

    /** Nobody writes in an archived topic; only its moderators in a closed one. */
    public boolean canReply(Account writer, Topic topic) {
        if (topic.isArchived() || topic.mergedIntoId() != null || !categories.canWrite(writer, topic.categoryId())) {
            return false;
        }
        return !topic.isClosed() || categories.canModerate(writer, topic.categoryId());
    }

    /** Authors edit their own posts while they may still write there; moderators edit any post. */
    public boolean canEdit(Account editor, Post post) {
        if (editor == null || !canRead(editor, post.topic())) {
            return false;
        }
        return mayEdit(
                editor,
                isAuthor(editor, post),
                post.isWithdrawn() || post.isDeleted() || post.isHidden(),
                () -> canReply(editor, post.topic()));
    }

    /**
     * The edit rule itself, on what both a post and the topic page's read model hold: an active member edits their
     * own post while it is in view and they may still write there; site staff edit any post.
     */
    public static boolean mayEdit(Account editor, boolean isAuthor, boolean outOfView, BooleanSupplier mayWriteThere) {
        if (editor == null || !editor.isActive()) {
            return false;
        }
        return isStaff(editor) || (isAuthor && !outOfView && mayWriteThere.getAsBoolean());
    }

    public boolean canWithdraw(Account actor, Post post) {
        return !post.isWithdrawn()
                && !post.isDeleted()
                && actor != null
                && actor.isActive()
                && canRead(actor, post.topic())
                && (isStaff(actor) || isAuthor(actor, post));
    }

    /**
     * Whether the reader gets what the post says: a withdrawn or deleted post's content is for its category's
     * moderators, a held or hidden one's for them and its author.
     */
    public boolean canSeeContent(Account reader, Post post) {
        return PostVisibility.isVisibleTo(
                PostVisibility.States.of(post),
                reader,
                categories.canModerate(reader, post.topic().categoryId()));
    }

    /** Revisions show what a post said before: whoever may read the post may read them, but not of a post out of view. */
    public boolean canSeeHistory(Account reader, Post post) {
        return canSee(reader, post) && canSeeContent(reader, post);
    }

    private static boolean isAuthor(Account account, Post post) {
        return post.author().id().equals(account.id());
    }

    private static boolean isStaff(Account account) {
        return SiteModerators.includes(account);
    }
}
