package org.palabre.accounts.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.Optional;
import java.util.function.LongSupplier;
import org.palabre.accounts.entity.Account;
import org.palabre.accounts.entity.Role;
import org.palabre.accounts.entity.RoleChanged;
import org.palabre.web.control.Refusal;

/** Administrators make members moderators or administrators, and back; the site always keeps one administrator. */
@ApplicationScoped
public class Roles {

    @PersistenceContext
    EntityManager entityManager;

    @Inject
    Event<RoleChanged> roleChanged;

    public static boolean canChangeRoles(Account actor) {
        return actor != null && actor.has(Role.ADMIN);
    }

    /** Empty when done; else the message key of why not. */
    @Transactional
    public Optional<String> change(Account actor, Account target, Role newRole) {
        if (!canChangeRoles(actor)) {
            throw Refusal.forbidden("access.forbidden");
        }
        Account account = entityManager.find(Account.class, target.id(), LockModeType.PESSIMISTIC_WRITE);
        if (removesTheLastAdministrator(
                account,
                newRole,
                () -> entityManager
                        .createNamedQuery(Account.COUNT_WITH_ROLE, Long.class)
                        .setParameter("role", Role.ADMIN)
                        .getSingleResult())) {
            return Optional.of("roles.lastAdmin");
        }
        Role before = account.role();
        account.changeRole(newRole);
        if (before != newRole) {
            roleChanged.fire(new RoleChanged(actor.id(), account.id(), before, newRole));
        }
        return Optional.empty();
    }

    /** {@code administrators} counts the site's administrators; it is asked only when an administrator steps down. */
    public static boolean removesTheLastAdministrator(Account account, Role newRole, LongSupplier administrators) {
        return account.role() == Role.ADMIN && newRole != Role.ADMIN && administrators.getAsLong() <= 1;
    }
}
