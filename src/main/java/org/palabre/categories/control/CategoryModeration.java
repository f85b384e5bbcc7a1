package org.palabre.categories.control;

import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.palabre.accounts.control.SiteModerators;
import org.palabre.accounts.entity.Account;
import org.palabre.accounts.entity.AccountStatus;
import org.palabre.categories.entity.Category;
import org.palabre.database.control.Condition;

/**
 * Who moderates a category: site moderators every one, the active members of a category's moderator group that
 * one. The same rule in Java and in queries, where {@code category} and {@code reader} are expressions giving a
 * category id and an account id (a null account id is a visitor).
 */
public final class CategoryModeration {

    private CategoryModeration() {}

    /** {@code moderatorsGroups} gives the groups the account belongs to; it is asked only when they matter. */
    public static boolean moderates(Account account, Category category, Supplier<Set<Long>> moderatorsGroups) {
        if (SiteModerators.includes(account)) {
            return true;
        }
        if (account == null || !account.isActive() || category.moderatorGroupId() == null) {
            return false;
        }
        return moderatorsGroups.get().contains(category.moderatorGroupId());
    }

    public static Condition jpql(String category, String account) {
        return SiteModerators.jpql(account)
                .or(new Condition(
                        "EXISTS (SELECT 1 FROM Category cmCategory, GroupMembership cmMembership WHERE cmCategory.id = "
                                + category + " AND cmMembership.group.id = cmCategory.moderatorGroupId"
                                + " AND cmMembership.account.id = " + account + " AND cmMembership.account.status = :"
                                + SiteModerators.ACTIVE_STATUS + ")",
                        Map.of(SiteModerators.ACTIVE_STATUS, AccountStatus.ACTIVE)));
    }

    public static Condition sql(String category, String account) {
        return SiteModerators.sql(account)
                .or(new Condition(
                        "EXISTS (SELECT 1 FROM categories cm_category JOIN group_memberships cm_membership"
                                + " ON cm_membership.group_id = cm_category.moderator_group_id JOIN accounts cm_member"
                                + " ON cm_member.id = cm_membership.account_id WHERE cm_category.id = " + category
                                + " AND cm_membership.account_id = " + account + " AND cm_member.status = :"
                                + SiteModerators.ACTIVE_STATUS + ")",
                        Map.of(SiteModerators.ACTIVE_STATUS, AccountStatus.ACTIVE.name())));
    }
}
