package org.palabre.posts.control;

import org.palabre.accounts.entity.Account;
import org.palabre.categories.control.CategoryModeration;
import org.palabre.database.control.Condition;
import org.palabre.posts.entity.Post;

/**
 * Who sees a post, by its states (withdrawn by its author, deleted by a moderator, pending approval, hidden by
 * flags), in Java and in queries. Members see a post that is in none of these states. The moderators of its
 * category see every post and what it says; its author sees their own post held for approval or hidden by flags,
 * but not once it was withdrawn or deleted. Whether the reader may read the topic at all is asked elsewhere.
 *
 * <p>In the query forms {@code post} is the alias of a post (entity Post, or table posts) and {@code reader} an
 * expression giving the reader's account id: a parameter such as {@code :reader}, null for a visitor, or a column.
 */
public final class PostVisibility {

    /** What the rule reads of a post, from the entity or from a projection of it. */
    public record States(Long authorId, boolean withdrawn, boolean deleted, boolean pending, boolean hidden) {

        public static States of(Post post) {
            return new States(
                    post.author().id(), post.isWithdrawn(), post.isDeleted(), post.isPending(), post.isHidden());
        }

        public static States of(PostView post) {
            return new States(post.authorId(), post.isWithdrawn(), post.isDeleted(), post.isPending(), post.isHidden());
        }
    }

    private PostVisibility() {}

    public static boolean isShownToMembers(States post) {
        return !post.withdrawn() && !post.deleted() && !post.pending() && !post.hidden();
    }

    public static Condition shownToMembersJpql(String post) {
        return Condition.of(post + ".withdrawnAt IS NULL AND " + post + ".deletedAt IS NULL AND " + post
                + ".pendingSince IS NULL AND " + post + ".hiddenAt IS NULL");
    }

    public static Condition shownToMembersSql(String post) {
        return Condition.of(post + ".withdrawn_at IS NULL AND " + post + ".deleted_at IS NULL AND " + post
                + ".pending_since IS NULL AND " + post + ".hidden_at IS NULL");
    }

    /** Hidden by flags and nothing else: what the category's moderators are asked to review. */
    public static boolean isAwaitingReview(States post) {
        return post.hidden() && !post.withdrawn() && !post.deleted() && !post.pending();
    }

    public static Condition awaitingReviewJpql(String post) {
        return Condition.of(post + ".hiddenAt IS NOT NULL AND " + post + ".withdrawnAt IS NULL AND " + post
                + ".deletedAt IS NULL AND " + post + ".pendingSince IS NULL");
    }

    public static Condition awaitingReviewSql(String post) {
        return Condition.of(post + ".hidden_at IS NOT NULL AND " + post + ".withdrawn_at IS NULL AND " + post
                + ".deleted_at IS NULL AND " + post + ".pending_since IS NULL");
    }

    /** Whether the reader gets what the post says; {@code moderatesItsCategory} as CategoryModeration answers it. */
    public static boolean isVisibleTo(States post, Account reader, boolean moderatesItsCategory) {
        return isShownToMembers(post)
                || moderatesItsCategory
                || (isAuthor(post, reader) && !post.withdrawn() && !post.deleted());
    }

    public static Condition jpql(String post, String reader) {
        return shownToMembersJpql(post)
                .or(CategoryModeration.jpql(post + ".topic.categoryId", reader))
                .or(Condition.of(post + ".author.id = " + reader + " AND " + post + ".withdrawnAt IS NULL AND " + post
                        + ".deletedAt IS NULL"));
    }

    public static Condition sql(String post, String reader) {
        return shownToMembersSql(post)
                .or(CategoryModeration.sql(categoryIdSql(post), reader))
                .or(Condition.of(post + ".author_id = " + reader + " AND " + post + ".withdrawn_at IS NULL AND " + post
                        + ".deleted_at IS NULL"));
    }

    /**
     * Whether the post has a place in the reader's view of its topic, if only as a notice: a post held for approval
     * exists only for its author (until it is rejected) and its category's moderators.
     */
    public static boolean isListedFor(States post, Account reader, boolean moderatesItsCategory) {
        return !post.pending() || moderatesItsCategory || (isAuthor(post, reader) && !post.deleted());
    }

    public static Condition listedJpql(String post, String reader) {
        return Condition.of(post + ".pendingSince IS NULL")
                .or(CategoryModeration.jpql(post + ".topic.categoryId", reader))
                .or(Condition.of(post + ".author.id = " + reader + " AND " + post + ".deletedAt IS NULL"));
    }

    public static Condition listedSql(String post, String reader) {
        return Condition.of(post + ".pending_since IS NULL")
                .or(CategoryModeration.sql(categoryIdSql(post), reader))
                .or(Condition.of(post + ".author_id = " + reader + " AND " + post + ".deleted_at IS NULL"));
    }

    private static String categoryIdSql(String post) {
        return "(SELECT pv_topic.category_id FROM topics pv_topic WHERE pv_topic.id = " + post + ".topic_id)";
    }

    private static boolean isAuthor(States post, Account reader) {
        return reader != null && reader.id().equals(post.authorId());
    }
}
