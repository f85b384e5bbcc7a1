package org.palabre.notifications.control;

import java.util.Map;
import org.palabre.accounts.control.SiteModerators;
import org.palabre.accounts.entity.Account;
import org.palabre.accounts.entity.AccountStatus;
import org.palabre.categories.control.CategoryModeration;
import org.palabre.categories.control.CategoryReading;
import org.palabre.categories.control.CategoryRights;
import org.palabre.database.control.Condition;
import org.palabre.notifications.entity.NotificationKind;
import org.palabre.posts.control.PostVisibility;
import org.palabre.posts.entity.Post;

/**
 * Whether a member may be told of a post: an active member other than its author, who may read its category and
 * did not mute its author, of a post members see in a published topic. A post hidden by flags is told only to the
 * moderators of its category, as {@link NotificationKind#POST_FLAGGED}. The same rule in Java and in SQL (the mutes
 * have no entity, so there is no JPQL form), where {@code post} is the alias of table posts, {@code member} an
 * expression giving the member's account id, and {@code reason} one giving the notification's kind, or null for
 * the news of a post.
 */
public final class MayBeTold {

    /** What the rule needs to know of the member besides the account: answered by categories and muting. */
    public record Member(Account account, boolean readsCategory, boolean moderatesCategory, boolean mutedItsAuthor) {

        public static Member of(CategoryRights rights, boolean mutedItsAuthor) {
            return new Member(rights.account(), rights.reads(), rights.moderates(), mutedItsAuthor);
        }
    }

    private static final String FLAGGED = "flaggedReason";

    private static final String OWN_HIDDEN = "ownHiddenReason";

    private MayBeTold() {}

    public static boolean holds(Member member, Post post, NotificationKind reason) {
        Account account = member.account();
        if (reason == NotificationKind.YOUR_POST_HIDDEN) {
            return toldOwnHiddenPost(member, post);
        }
        if (account == null
                || !account.isActive()
                || account.id().equals(post.author().id())
                || !member.readsCategory()
                || member.mutedItsAuthor()
                || post.topic().isPending()) {
            return false;
        }
        PostVisibility.States states = PostVisibility.States.of(post);
        return PostVisibility.isShownToMembers(states)
                || (reason == NotificationKind.POST_FLAGGED
                        && PostVisibility.isAwaitingReview(states)
                        && member.moderatesCategory());
    }

    /**
     * The author of a post hidden pending review is told of it, as long as it stays hidden and they may still read it:
     * whether they may is PostVisibility's rule (an author reads their own hidden post), not this one's. Mutes do not
     * apply: nobody mutes themselves.
     */
    private static boolean toldOwnHiddenPost(Member member, Post post) {
        Account account = member.account();
        PostVisibility.States states = PostVisibility.States.of(post);
        return account != null
                && account.isActive()
                && account.id().equals(post.author().id())
                && member.readsCategory()
                && !post.topic().isPending()
                && PostVisibility.isAwaitingReview(states)
                && PostVisibility.isVisibleTo(states, account, member.moderatesCategory());
    }

    /**
     * The JPQL form for a notification list, where {@code post} is the notification's post and {@code member} its
     * recipient (the list's reader): the author's news of their own hidden post.
     */
    public static Condition ownHiddenPostJpql(String kind, String post, String member) {
        return new Condition(kind + " = :" + OWN_HIDDEN, Map.of(OWN_HIDDEN, NotificationKind.YOUR_POST_HIDDEN))
                .and(Condition.of(post + ".author.id = " + member))
                .and(PostVisibility.awaitingReviewJpql(post))
                .and(PostVisibility.jpql(post, member));
    }

    public static Condition sql(String post, String member, String reason) {
        String category =
                "(SELECT mbt_topic.category_id FROM topics mbt_topic WHERE mbt_topic.id = " + post + ".topic_id)";
        Condition told = PostVisibility.shownToMembersSql(post);
        if (reason != null) {
            told = told.or(
                    new Condition(reason + " = :" + FLAGGED, Map.of(FLAGGED, NotificationKind.POST_FLAGGED.name()))
                            .and(PostVisibility.awaitingReviewSql(post))
                            .and(CategoryModeration.sql(category, member)));
        }
        return activeMember(member)
                .and(Condition.of(member + " <> " + post + ".author_id"
                        + " AND EXISTS (SELECT 1 FROM topics mbt_published WHERE mbt_published.id = " + post
                        + ".topic_id AND mbt_published.pending = FALSE)"
                        + " AND NOT EXISTS (SELECT 1 FROM member_mutes mbt_mute WHERE mbt_mute.account_id = " + member
                        + " AND mbt_mute.muted_id = " + post + ".author_id)"))
                .and(CategoryReading.sql(category, member))
                .and(told);
    }

    private static Condition activeMember(String member) {
        return new Condition(
                "EXISTS (SELECT 1 FROM accounts mbt_account WHERE mbt_account.id = " + member
                        + " AND mbt_account.status = :" + SiteModerators.ACTIVE_STATUS + ")",
                Map.of(SiteModerators.ACTIVE_STATUS, AccountStatus.ACTIVE.name()));
    }
}
