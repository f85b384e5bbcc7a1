package org.palabre.accounts.control;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.palabre.testing.Cast.ADMIN;
import static org.palabre.testing.Cast.CATEGORY_MODERATOR;
import static org.palabre.testing.Cast.DELETED_MODERATOR;
import static org.palabre.testing.Cast.MEMBER;
import static org.palabre.testing.Cast.SITE_MODERATOR;
import static org.palabre.testing.Cast.UNVERIFIED;
import static org.palabre.testing.Cast.VISITOR;

import java.util.function.LongSupplier;
import org.junit.jupiter.api.Test;
import org.palabre.accounts.entity.Account;
import org.palabre.accounts.entity.Role;
import org.palabre.testing.Cast;

/** Who moderates the whole site, who hands out roles, and that the site always keeps an administrator. */
class RolesTest {

    private static final LongSupplier NOT_COUNTED = () -> {
        throw new AssertionError("only an administrator stepping down makes the administrators count");
    };

    @Test
    void siteModeratorsAreTheActiveModeratorsAndAdministrators() {
        assertTrue(SiteModerators.includes(SITE_MODERATOR));
        assertTrue(SiteModerators.includes(ADMIN));
        assertFalse(SiteModerators.includes(CATEGORY_MODERATOR), "a category's moderator keeps that category only");
        assertFalse(SiteModerators.includes(MEMBER));
        assertFalse(SiteModerators.includes(VISITOR));
        assertFalse(SiteModerators.includes(DELETED_MODERATOR), "a deleted account moderates nothing");
        Account unverifiedModerator = Cast.saved(Account.signedUp("Rémi", "remi@collectif.test", "hash", "fr"), 32);
        unverifiedModerator.changeRole(Role.MODERATOR);
        assertFalse(SiteModerators.includes(unverifiedModerator));
    }

    @Test
    void onlyAdministratorsChangeRoles() {
        assertTrue(Roles.canChangeRoles(ADMIN));
        assertFalse(Roles.canChangeRoles(SITE_MODERATOR));
        assertFalse(Roles.canChangeRoles(MEMBER));
        assertFalse(Roles.canChangeRoles(UNVERIFIED));
        assertFalse(Roles.canChangeRoles(VISITOR));
    }

    @Test
    void theLastAdministratorCannotStepDown() {
        Account admin = Cast.saved(new Account("Anouk", "anouk@collectif.test", "hash", Role.ADMIN), 33);
        assertTrue(Roles.removesTheLastAdministrator(admin, Role.MODERATOR, () -> 1));
        assertTrue(Roles.removesTheLastAdministrator(admin, Role.MEMBER, () -> 1));
        assertFalse(Roles.removesTheLastAdministrator(admin, Role.MEMBER, () -> 2), "another administrator remains");
        assertFalse(Roles.removesTheLastAdministrator(admin, Role.ADMIN, NOT_COUNTED));
        assertFalse(Roles.removesTheLastAdministrator(MEMBER, Role.ADMIN, NOT_COUNTED));
        assertFalse(Roles.removesTheLastAdministrator(SITE_MODERATOR, Role.MEMBER, NOT_COUNTED));
    }
}
