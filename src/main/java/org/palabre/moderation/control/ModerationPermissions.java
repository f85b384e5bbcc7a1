package org.palabre.moderation.control;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import org.palabre.accounts.control.SiteModerators;
import org.palabre.accounts.entity.Account;
import org.palabre.accounts.entity.Role;
import org.palabre.categories.control.CategoryPermissions;
import org.palabre.topics.entity.Topic;
import org.palabre.web.control.Refusal;

/**
 * The one place that answers which staff action a person may take. Topic and post actions belong to the
 * moderators of the topic's category (site moderators everywhere, a category's moderator group there);
 * what reaches across the site (trusting a member, watched words) to site moderators and administrators.
 */
@RequestScoped
public class ModerationPermissions {

    @Inject
    CategoryPermissions categories;

    public boolean canModerate(Account actor, Topic topic) {
        return topic != null && categories.canModerate(actor, topic.categoryId());
    }

    public boolean canModerate(Account actor, Long categoryId) {
        return categoryId != null && categories.canModerate(actor, categoryId);
    }

    /** A move needs moderators' rights on both sides: nobody moves a topic into or out of a category they do not keep. */
    public boolean canMove(Account actor, Topic topic, Long targetCategoryId) {
        return canModerate(actor, topic) && canModerate(actor, targetCategoryId);
    }

    /** Site moderators review every category's queue; category moderators see their categories' part of it. */
    public boolean canReview(Account actor) {
        return isSiteModerator(actor) || categories.all().stream().anyMatch(c -> categories.canModerate(actor, c));
    }

    /** Trust is site-wide, so only site moderators give or take it. */
    public boolean canChangeTrust(Account actor) {
        return isSiteModerator(actor);
    }

    public boolean canManageWatchedWords(Account actor) {
        return actor != null && actor.isActive() && actor.has(Role.ADMIN);
    }

    public boolean isSiteModerator(Account actor) {
        return SiteModerators.includes(actor);
    }

    public void requireModerator(Account actor, Topic topic) {
        if (!canModerate(actor, topic)) {
            throw Refusal.forbidden("moderation.forbidden");
        }
    }

    public static void require(boolean allowed) {
        if (!allowed) {
            throw Refusal.forbidden("moderation.forbidden");
        }
    }
}
