package org.palabre.posts.control;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.util.function.BooleanSupplier;
import org.palabre.accounts.control.SiteModerators;
import org.palabre.accounts.entity.Account;
import org.palabre.categories.control.CategoryPermissions;
import org.palabre.categories.control.CategoryRights;
import org.palabre.posts.entity.Post;
import org.palabre.topics.entity.Topic;

/**
 * The one place that answers what a person may do with a topic or a post. A null account is a visitor. Each rule is
 * a static function of the person's rights in the topic's category and of the topic or post as loaded; the bean
 * only looks those rights up.
 */
@RequestScoped
public class PostPermissions {

    @Inject
    CategoryPermissions categories;

    public boolean canRead(Account reader, Topic topic) {
        return mayRead(rightsIn(reader, topic), topic);
    }

    public boolean canSee(Account reader, Post post) {
        return maySee(rightsIn(reader, post.topic()), post);
    }

    public boolean canReply(Account writer, Topic topic) {
        return mayReply(rightsIn(writer, topic), topic);
    }

    public boolean canEdit(Account editor, Post post) {
        return mayEdit(rightsIn(editor, post.topic()), post);
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
        return mayWithdraw(rightsIn(actor, post.topic()), post);
    }

    public boolean canSeeContent(Account reader, Post post) {
        return maySeeContent(rightsIn(reader, post.topic()), post);
    }

    public boolean canSeeHistory(Account reader, Post post) {
        return maySeeHistory(rightsIn(reader, post.topic()), post);
    }

    private CategoryRights rightsIn(Account account, Topic topic) {
        return categories.rightsOf(account, topic.categoryId());
    }

    /** A topic whose first post awaits approval exists only for its author and the category's moderators. */
    public static boolean mayRead(CategoryRights reader, Topic topic) {
        if (!reader.reads()) {
            return false;
        }
        return !topic.isPending()
                || (reader.account() != null
                        && topic.author().id().equals(reader.account().id()))
                || reader.moderates();
    }

    /** A post held for approval, or rejected, is seen by its author and the category's moderators only. */
    public static boolean maySee(CategoryRights reader, Post post) {
        if (!mayRead(reader, post.topic())) {
            return false;
        }
        return PostVisibility.isListedFor(PostVisibility.States.of(post), reader.account(), reader.moderates());
    }

    /** Nobody writes in an archived topic; only its moderators in a closed one. */
    public static boolean mayReply(CategoryRights writer, Topic topic) {
        if (topic.isArchived() || topic.mergedIntoId() != null || !writer.writes()) {
            return false;
        }
        return !topic.isClosed() || writer.moderates();
    }

    /** Authors edit their own posts while they may still write there; moderators edit any post. */
    public static boolean mayEdit(CategoryRights editor, Post post) {
        Account account = editor.account();
        if (account == null || !mayRead(editor, post.topic())) {
            return false;
        }
        return mayEdit(
                account,
                isAuthor(account, post),
                post.isWithdrawn() || post.isDeleted() || post.isHidden(),
                () -> mayReply(editor, post.topic()));
    }

    public static boolean mayWithdraw(CategoryRights actor, Post post) {
        Account account = actor.account();
        return !post.isWithdrawn()
                && !post.isDeleted()
                && account != null
                && account.isActive()
                && mayRead(actor, post.topic())
                && (isStaff(account) || isAuthor(account, post));
    }

    /**
     * Whether the reader gets what the post says: a withdrawn or deleted post's content is for its category's
     * moderators, a held or hidden one's for them and its author.
     */
    public static boolean maySeeContent(CategoryRights reader, Post post) {
        return PostVisibility.isVisibleTo(PostVisibility.States.of(post), reader.account(), reader.moderates());
    }

    /** Revisions show what a post said before: whoever may read the post may read them, but not of a post out of view. */
    public static boolean maySeeHistory(CategoryRights reader, Post post) {
        return maySee(reader, post) && maySeeContent(reader, post);
    }

    private static boolean isAuthor(Account account, Post post) {
        return post.author().id().equals(account.id());
    }

    private static boolean isStaff(Account account) {
        return SiteModerators.includes(account);
    }
}
