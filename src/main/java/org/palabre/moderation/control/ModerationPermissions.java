package org.palabre.moderation.control;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.util.List;
import org.palabre.accounts.control.SiteModerators;
import org.palabre.accounts.entity.Account;
import org.palabre.accounts.entity.Role;
import org.palabre.categories.control.CategoryPermissions;
import org.palabre.categories.control.CategoryRights;
import org.palabre.categories.entity.Category;
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

    public boolean canMove(Account actor, Topic topic, Long targetCategoryId) {
        return topic != null
                && targetCategoryId != null
                && mayMove(
                        categories.rightsOf(actor, topic.categoryId()), categories.rightsOf(actor, targetCategoryId));
    }

    /** The other categories the actor may move the topic into, in the site's order. */
    public List<Category> moveTargets(Account actor, Topic topic) {
        return categories.all().stream()
                .filter(category -> !category.id().equals(topic.categoryId()))
                .filter(category -> canMove(actor, topic, category.id()))
                .toList();
    }

    public boolean canReview(Account actor) {
        return mayReview(
                actor,
                categories.all().stream()
                        .map(category -> categories.rightsOf(actor, category))
                        .toList());
    }

    /** A move needs moderators' rights on both sides: nobody moves a topic into or out of a category they do not keep. */
    public static boolean mayMove(CategoryRights from, CategoryRights to) {
        return from.moderates() && to.moderates();
    }

    /**
     * Site moderators review every category's queue; category moderators see their categories' part of it.
     * {@code everyCategory} holds the actor's rights in each category of the site.
     */
    public static boolean mayReview(Account actor, List<CategoryRights> everyCategory) {
        return isSiteModerator(actor) || everyCategory.stream().anyMatch(CategoryRights::moderates);
    }

    /** Trust is site-wide, so only site moderators give or take it. */
    public static boolean canChangeTrust(Account actor) {
        return isSiteModerator(actor);
    }

    public static boolean canManageWatchedWords(Account actor) {
        return actor != null && actor.isActive() && actor.has(Role.ADMIN);
    }

    public static boolean isSiteModerator(Account actor) {
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
