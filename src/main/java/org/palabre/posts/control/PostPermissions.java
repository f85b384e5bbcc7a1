package org.palabre.posts.control;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import org.palabre.accounts.entity.Account;
import org.palabre.accounts.entity.Role;
import org.palabre.categories.control.CategoryPermissions;
import org.palabre.posts.entity.Post;
import org.palabre.topics.entity.Topic;

/** The one place that answers what a person may do with a topic or a post. A null account is a visitor. */
@RequestScoped
public class PostPermissions {

    @Inject
    CategoryPermissions categories;

    public boolean canRead(Account reader, Topic topic) {
        return categories.canRead(reader, topic.categoryId());
    }

    public boolean canReply(Account writer, Topic topic) {
        return categories.canWrite(writer, topic.categoryId());
    }

    /** Authors edit their own posts while they may still write there; moderators edit any post. */
    public boolean canEdit(Account editor, Post post) {
        if (editor == null || !editor.isActive() || !canRead(editor, post.topic())) {
            return false;
        }
        if (isStaff(editor)) {
            return true;
        }
        return isAuthor(editor, post) && post.isShownToMembers() && canReply(editor, post.topic());
    }

    public boolean canWithdraw(Account actor, Post post) {
        return !post.isWithdrawn() && actor != null && actor.isActive() && canRead(actor, post.topic())
                && (isStaff(actor) || isAuthor(actor, post));
    }

    /** A withdrawn post's content stays for moderators, and only for them. */
    public boolean canSeeWithdrawn(Account reader) {
        return isStaff(reader);
    }

    /** A post hidden pending review stays readable by those who review it. */
    public boolean canSeeHidden(Account reader, Topic topic) {
        return reader != null && reader.isActive() && categories.canModerate(reader, topic.categoryId());
    }

    /** Whether this reader sees what the post says (not only that it is there). */
    public boolean canSeeContent(Account reader, Post post) {
        if (post.isWithdrawn() && !canSeeWithdrawn(reader)) {
            return false;
        }
        return !post.isHidden() || canSeeHidden(reader, post.topic()) || (reader != null && isAuthor(reader, post));
    }

    /** Revisions show what a post said before: whoever may read the post may read them, but not of a post out of view. */
    public boolean canSeeHistory(Account reader, Post post) {
        return canRead(reader, post.topic()) && canSeeContent(reader, post);
    }

    private static boolean isAuthor(Account account, Post post) {
        return post.author().id().equals(account.id());
    }

    private static boolean isStaff(Account account) {
        return account != null && account.isActive() && account.has(Role.MODERATOR);
    }
}
