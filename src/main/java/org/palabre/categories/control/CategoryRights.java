package org.palabre.categories.control;

import java.util.Set;
import java.util.function.Supplier;
import org.palabre.accounts.control.SiteModerators;
import org.palabre.accounts.entity.Account;
import org.palabre.categories.entity.Access;
import org.palabre.categories.entity.Category;
import org.palabre.categories.entity.CategoryGroup;

/**
 * What an account may do in one category, decided from loaded data alone: the account (null for a visitor), the
 * category with its groups (null when it does not exist: nobody may do anything there), and the account's groups.
 * The groups are asked for only when the answer depends on them, so a public category costs no query.
 */
public record CategoryRights(Account account, Category category, Supplier<Set<Long>> accountsGroups) {

    public boolean reads() {
        return category != null && CategoryReading.mayRead(account, category, accountsGroups);
    }

    /** Writers are readers; staff write wherever they read, members where every member or one of their groups may. */
    public boolean writes() {
        if (account == null || !account.isActive() || !reads()) {
            return false;
        }
        if (SiteModerators.includes(account)) {
            return true;
        }
        if (category.writeAccess() == Access.MEMBERS) {
            return true;
        }
        Set<Long> writers = category.groupsWith(CategoryGroup.Right.WRITE);
        return !writers.isEmpty() && writers.stream().anyMatch(accountsGroups.get()::contains);
    }

    public boolean moderates() {
        return category != null && CategoryModeration.moderates(account, category, accountsGroups);
    }
}
