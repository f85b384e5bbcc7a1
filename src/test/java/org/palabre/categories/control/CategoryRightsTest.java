package org.palabre.categories.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.palabre.testing.Cast.ADMIN;
import static org.palabre.testing.Cast.AUTHOR;
import static org.palabre.testing.Cast.CATEGORY_MODERATOR;
import static org.palabre.testing.Cast.DELETED_MODERATOR;
import static org.palabre.testing.Cast.MEMBER;
import static org.palabre.testing.Cast.ORGANISER;
import static org.palabre.testing.Cast.SITE_MODERATOR;
import static org.palabre.testing.Cast.UNVERIFIED;
import static org.palabre.testing.Cast.VISITOR;
import static org.palabre.testing.Cast.rights;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.palabre.accounts.entity.Account;
import org.palabre.accounts.entity.Role;
import org.palabre.categories.entity.Category;
import org.palabre.testing.Cast;

/**
 * Who reads ("r"), writes ("w") and moderates ("m") in each kind of category, with the groups every category of the
 * cast has: the organisers' group where it is named, and the moderation team as moderators everywhere.
 */
class CategoryRightsTest {

    private static final Map<String, Account> PEOPLE = people();

    private static Map<String, Account> people() {
        Map<String, Account> people = new LinkedHashMap<>();
        people.put("visitor", VISITOR);
        people.put("member", MEMBER);
        people.put("organiser", ORGANISER);
        people.put("category moderator", CATEGORY_MODERATOR);
        people.put("site moderator", SITE_MODERATOR);
        people.put("admin", ADMIN);
        people.put("unverified", UNVERIFIED);
        people.put("deleted moderator", DELETED_MODERATOR);
        return people;
    }

    private static String table(Category category) {
        StringBuilder table = new StringBuilder();
        PEOPLE.forEach((who, account) -> {
            CategoryRights rights = rights(account, category);
            table.append(who)
                    .append(": ")
                    .append(rights.reads() ? "r" : "-")
                    .append(rights.writes() ? "w" : "-")
                    .append(rights.moderates() ? "m" : "-")
                    .append('\n');
        });
        return table.toString();
    }

    @Test
    void aPublicCategoryIsReadByAnyoneAndWrittenByActiveMembers() {
        assertEquals("""
                visitor: r--
                member: rw-
                organiser: rw-
                category moderator: rwm
                site moderator: rwm
                admin: rwm
                unverified: r--
                deleted moderator: r--
                """, table(Cast.publicCategory()));
    }

    @Test
    void aMembersCategoryIsClosedToVisitorsAndToAccountsThatAreNotActive() {
        assertEquals("""
                visitor: ---
                member: rw-
                organiser: rw-
                category moderator: rwm
                site moderator: rwm
                admin: rwm
                unverified: ---
                deleted moderator: ---
                """, table(Cast.membersCategory()));
    }

    @Test
    void aGroupsCategoryIsForItsGroupAndTheSiteStaff() {
        // The moderation team keeps the category without being among its readers: it cannot read what it moderates.
        assertEquals("""
                visitor: ---
                member: ---
                organiser: rw-
                category moderator: --m
                site moderator: rwm
                admin: rwm
                unverified: ---
                deleted moderator: ---
                """, table(Cast.organisersCategory()));
    }

    @Test
    void aCategoryReadByEveryoneMayBeWrittenByOneGroupOnly() {
        assertEquals("""
                visitor: r--
                member: r--
                organiser: rw-
                category moderator: r-m
                site moderator: rwm
                admin: rwm
                unverified: r--
                deleted moderator: r--
                """, table(Cast.organisersWriteCategory()));
    }

    @Test
    void inACategoryThatDoesNotExistNobodyMayDoAnything() {
        CategoryRights rights = new CategoryRights(SITE_MODERATOR, null, () -> Set.of());
        assertFalse(rights.reads() || rights.writes() || rights.moderates());
    }

    @Test
    void theAccountsGroupsAreNotAskedForWhereTheyDecideNothing() {
        CategoryRights visitorInPublic = new CategoryRights(VISITOR, Cast.publicCategory(), () -> {
            throw new AssertionError("a visitor has no groups to load");
        });
        assertTrue(visitorInPublic.reads());
        assertFalse(visitorInPublic.writes());
        Category unmoderated = Cast.membersCategory();
        unmoderated.moderateBy(null);
        CategoryRights memberThere = new CategoryRights(MEMBER, unmoderated, () -> {
            throw new AssertionError("no group decides who reads, writes or moderates here");
        });
        assertTrue(memberThere.reads() && memberThere.writes());
        assertFalse(memberThere.moderates());
    }

    @Test
    void onlyActiveAdministratorsManageCategories() {
        assertTrue(CategoryPermissions.canManage(ADMIN));
        assertFalse(CategoryPermissions.canManage(SITE_MODERATOR));
        assertFalse(CategoryPermissions.canManage(AUTHOR));
        assertFalse(CategoryPermissions.canManage(VISITOR));
        Account deletedAdmin = Cast.saved(new Account("Irène", "irene@collectif.test", "hash", Role.ADMIN), 30);
        deletedAdmin.delete();
        assertFalse(CategoryPermissions.canManage(deletedAdmin));
    }

    @Test
    void aSilencedMemberStillReadsWhatTheyRead() {
        // Silence stops writing at the door (WritingRights), not the member's place in the categories.
        Account silenced = Cast.member("Léon", 31);
        silenced.standing().silence(Instant.now().plus(Duration.ofDays(2)), "calmer le jeu");
        assertTrue(rights(silenced, Cast.membersCategory()).reads());
        assertFalse(rights(silenced, Cast.organisersCategory()).reads());
    }
}
