package org.palabre.posts.control;

import java.util.List;
import org.palabre.accounts.entity.Account;
import org.palabre.categories.entity.Category;
import org.palabre.posts.entity.Cooked;

/**
 * What moderation says of a text before posts save it: refused (a blocked word, more links than a new member may
 * post), held for approval, or flagged for review once saved. Posts own the saving; moderation, above them, owns
 * these rules and answers through this port.
 */
public interface PostScreening {

    /** A refusal names its message key and the figure or word it speaks of; otherwise the post may be saved. */
    record Verdict(String problem, Object argument, boolean hold, List<String> flaggingWords) {

        public static final Verdict CLEAR = new Verdict(null, null, false, List.of());

        public boolean refused() {
            return problem != null;
        }
    }

    /** A new post: a topic's first one (with its title) or a reply ({@code title} null). */
    Verdict screenNew(Account author, Category category, boolean startsTopic, String title, Cooked post);

    /**
     * An edit of a post already published. It cannot take the post back out of view: what would hold a new post
     * flags the edit for review instead.
     */
    Verdict screenEdit(Account author, Cooked post);

    /** Lists the saved post for review under each word that flagged it, in the saving transaction. */
    void recordFlags(long postId, Verdict verdict);

    /** Whether the author still has a new member's stricter limits. */
    boolean isNewMember(Account author);
}
