package org.palabre.categories.control;

import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.palabre.accounts.control.SiteModerators;
import org.palabre.accounts.entity.Account;
import org.palabre.accounts.entity.AccountStatus;
import org.palabre.categories.entity.Access;
import org.palabre.categories.entity.Category;
import org.palabre.categories.entity.CategoryGroup;
import org.palabre.database.control.Condition;

/**
 * Who may read a category: site moderators every one; anyone one open to everyone; active members one open to
 * members, or one that a group of theirs may read. The same rule in Java and in queries, where {@code category}
 * and {@code reader} are expressions giving a category id and an account id (a null account id is a visitor).
 */
public final class CategoryReading {

    private static final String EVERYONE = "readAccessEveryone";
    private static final String MEMBERS = "readAccessMembers";
    private static final String READ_RIGHT = "readRight";

    private CategoryReading() {}

    /** {@code readersGroups} gives the groups the reader belongs to; it is asked only when they matter. */
    public static boolean mayRead(Account reader, Category category, Supplier<Set<Long>> readersGroups) {
        if (SiteModerators.includes(reader) || category.readAccess() == Access.EVERYONE) {
            return true;
        }
        if (reader == null || !reader.isActive()) {
            return false;
        }
        if (category.readAccess() == Access.MEMBERS) {
            return true;
        }
        Set<Long> readers = category.groupsWith(CategoryGroup.Right.READ);
        return !readers.isEmpty() && readers.stream().anyMatch(readersGroups.get()::contains);
    }

    public static Condition jpql(String category, String reader) {
        return SiteModerators.jpql(reader)
                .or(new Condition(
                        "EXISTS (SELECT 1 FROM Category crCategory WHERE crCategory.id = " + category
                                + " AND (crCategory.readAccess = :" + EVERYONE + " OR (crCategory.readAccess = :"
                                + MEMBERS + " AND EXISTS (SELECT 1 FROM Account crAccount WHERE crAccount.id = "
                                + reader + " AND crAccount.status = :" + SiteModerators.ACTIVE_STATUS + "))))"
                                + " OR EXISTS (SELECT 1 FROM CategoryGroup crGroup, GroupMembership crMembership "
                                + "WHERE crGroup.categoryId = " + category + " AND crGroup.access = :" + READ_RIGHT
                                + " AND crMembership.group.id = crGroup.groupId AND crMembership.account.id = "
                                + reader + " AND crMembership.account.status = :" + SiteModerators.ACTIVE_STATUS
                                + ")",
                        Map.of(
                                EVERYONE,
                                Access.EVERYONE,
                                MEMBERS,
                                Access.MEMBERS,
                                READ_RIGHT,
                                CategoryGroup.Right.READ,
                                SiteModerators.ACTIVE_STATUS,
                                AccountStatus.ACTIVE)));
    }

    public static Condition sql(String category, String reader) {
        return SiteModerators.sql(reader)
                .or(new Condition(
                        "EXISTS (SELECT 1 FROM categories cr_category WHERE cr_category.id = " + category
                                + " AND (cr_category.read_access = :" + EVERYONE + " OR (cr_category.read_access = :"
                                + MEMBERS + " AND EXISTS (SELECT 1 FROM accounts cr_account WHERE cr_account.id = "
                                + reader + " AND cr_account.status = :" + SiteModerators.ACTIVE_STATUS + "))))"
                                + " OR EXISTS (SELECT 1 FROM category_groups cr_group JOIN group_memberships "
                                + "cr_membership ON cr_membership.group_id = cr_group.group_id JOIN accounts "
                                + "cr_member ON cr_member.id = cr_membership.account_id WHERE cr_group.category_id = "
                                + category + " AND cr_group.access = :" + READ_RIGHT
                                + " AND cr_membership.account_id = "
                                + reader + " AND cr_member.status = :" + SiteModerators.ACTIVE_STATUS + ")",
                        Map.of(
                                EVERYONE,
                                Access.EVERYONE.name(),
                                MEMBERS,
                                Access.MEMBERS.name(),
                                READ_RIGHT,
                                CategoryGroup.Right.READ.name(),
                                SiteModerators.ACTIVE_STATUS,
                                AccountStatus.ACTIVE.name())));
    }
}
