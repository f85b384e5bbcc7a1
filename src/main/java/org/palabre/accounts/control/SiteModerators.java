package org.palabre.accounts.control;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;
import org.palabre.accounts.entity.Account;
import org.palabre.accounts.entity.AccountStatus;
import org.palabre.accounts.entity.Role;
import org.palabre.database.control.Condition;

/**
 * Who moderates the whole site: an active account whose role includes {@link Role#MODERATOR} (administrators do).
 * The rule in Java and in queries, where {@code reader} is an expression giving an account id (a column such as
 * {@code a.id}, or a parameter such as {@code :reader}); a null id is a visitor, who moderates nothing.
 */
public final class SiteModerators {

    public static final String ACTIVE_STATUS = "activeStatus";
    private static final String ROLES = "siteModeratorRoles";

    private SiteModerators() {}

    public static boolean includes(Account account) {
        return account != null && account.isActive() && account.has(Role.MODERATOR);
    }

    /**
     * One parameter per role rather than a list: this condition is part of the statements of every signed-in page,
     * and Hibernate translates a statement that binds a list parameter into SQL again at each run.
     */
    public static Condition jpql(String reader) {
        List<Role> roles = roles();
        Map<String, Object> parameters = new HashMap<>();
        parameters.put(ACTIVE_STATUS, AccountStatus.ACTIVE);
        StringJoiner anyRole = new StringJoiner(" OR ", "(", ")");
        for (int i = 0; i < roles.size(); i++) {
            anyRole.add("smAccount.role = :" + ROLES + i);
            parameters.put(ROLES + i, roles.get(i));
        }
        return new Condition(
                "EXISTS (SELECT 1 FROM Account smAccount WHERE smAccount.id = " + reader + " AND smAccount.status = :"
                        + ACTIVE_STATUS + " AND " + anyRole + ")",
                parameters);
    }

    public static Condition sql(String reader) {
        return new Condition(
                "EXISTS (SELECT 1 FROM accounts sm_account WHERE sm_account.id = " + reader
                        + " AND sm_account.status = :" + ACTIVE_STATUS + " AND sm_account.role IN (:" + ROLES + "))",
                Map.of(
                        ACTIVE_STATUS,
                        AccountStatus.ACTIVE.name(),
                        ROLES,
                        roles().stream().map(Role::name).toList()));
    }

    private static List<Role> roles() {
        return Arrays.stream(Role.values())
                .filter(role -> role.includes(Role.MODERATOR))
                .toList();
    }
}
