package org.palabre.moderation.control;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.palabre.testing.Cast.ADMIN;
import static org.palabre.testing.Cast.CATEGORY_MODERATOR;
import static org.palabre.testing.Cast.DELETED_MODERATOR;
import static org.palabre.testing.Cast.MEMBER;
import static org.palabre.testing.Cast.ORGANISER;
import static org.palabre.testing.Cast.SITE_MODERATOR;
import static org.palabre.testing.Cast.VISITOR;
import static org.palabre.testing.Cast.rights;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.palabre.accounts.entity.Account;
import org.palabre.categories.control.CategoryRights;
import org.palabre.categories.entity.Category;
import org.palabre.testing.Cast;

class ModerationPermissionsTest {

    private final Category keptByTheTeam = Cast.membersCategory();
    private final Category keptBySiteStaffOnly = unmoderated();

    private static Category unmoderated() {
        Category category = Cast.publicCategory();
        category.moderateBy(null);
        return category;
    }

    @Test
    void aCategoryModeratorMovesTopicsOnlyBetweenCategoriesTheyKeep() {
        assertTrue(ModerationPermissions.mayMove(
                rights(CATEGORY_MODERATOR, keptByTheTeam), rights(CATEGORY_MODERATOR, Cast.organisersCategory())));
        assertFalse(ModerationPermissions.mayMove(
                rights(CATEGORY_MODERATOR, keptByTheTeam), rights(CATEGORY_MODERATOR, keptBySiteStaffOnly)));
        assertFalse(ModerationPermissions.mayMove(
                rights(CATEGORY_MODERATOR, keptBySiteStaffOnly), rights(CATEGORY_MODERATOR, keptByTheTeam)));
        assertTrue(ModerationPermissions.mayMove(
                rights(SITE_MODERATOR, keptByTheTeam), rights(SITE_MODERATOR, keptBySiteStaffOnly)));
        assertFalse(ModerationPermissions.mayMove(rights(MEMBER, keptByTheTeam), rights(MEMBER, keptByTheTeam)));
    }

    private List<CategoryRights> everyCategory(Account account, Category... categories) {
        return List.of(categories).stream().map(c -> rights(account, c)).toList();
    }

    @Test
    void theReviewQueueIsForSiteModeratorsAndForModeratorsOfSomeCategory() {
        assertTrue(ModerationPermissions.mayReview(
                CATEGORY_MODERATOR, everyCategory(CATEGORY_MODERATOR, keptBySiteStaffOnly, keptByTheTeam)));
        assertFalse(
                ModerationPermissions.mayReview(
                        CATEGORY_MODERATOR, everyCategory(CATEGORY_MODERATOR, keptBySiteStaffOnly)),
                "moderating no category, they have no queue");
        assertTrue(ModerationPermissions.mayReview(SITE_MODERATOR, List.of()), "even on a site with no category");
        assertFalse(ModerationPermissions.mayReview(MEMBER, everyCategory(MEMBER, keptByTheTeam)));
        assertFalse(ModerationPermissions.mayReview(VISITOR, everyCategory(VISITOR, keptByTheTeam)));
        assertFalse(ModerationPermissions.mayReview(
                DELETED_MODERATOR, everyCategory(DELETED_MODERATOR, keptByTheTeam, keptBySiteStaffOnly)));
    }

    @Test
    void trustIsGivenBySiteModeratorsOnlyAndWatchedWordsAreKeptByAdministrators() {
        assertTrue(ModerationPermissions.canChangeTrust(SITE_MODERATOR));
        assertTrue(ModerationPermissions.canChangeTrust(ADMIN));
        assertFalse(ModerationPermissions.canChangeTrust(CATEGORY_MODERATOR), "trust reaches across the site");
        assertFalse(ModerationPermissions.canChangeTrust(DELETED_MODERATOR));
        assertFalse(ModerationPermissions.canChangeTrust(VISITOR));

        assertTrue(ModerationPermissions.canManageWatchedWords(ADMIN));
        assertFalse(ModerationPermissions.canManageWatchedWords(SITE_MODERATOR));
        assertFalse(ModerationPermissions.canManageWatchedWords(ORGANISER));
        assertFalse(ModerationPermissions.canManageWatchedWords(VISITOR));
    }
}
