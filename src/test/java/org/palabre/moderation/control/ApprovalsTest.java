package org.palabre.moderation.control;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.palabre.testing.Cast.rights;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.function.LongSupplier;
import org.junit.jupiter.api.Test;
import org.palabre.accounts.entity.Account;
import org.palabre.categories.control.CategoryRights;
import org.palabre.categories.entity.Category;
import org.palabre.testing.Cast;

/** Which new posts wait for a moderator before anyone else sees them. */
class ApprovalsTest {

    private static final ModerationSettings.Thresholds OFF = new ModerationSettings.Thresholds(0, 0, 0);
    private static final ModerationSettings.Thresholds YOUNGER_THAN_3_DAYS = new ModerationSettings.Thresholds(3, 0, 0);
    private static final ModerationSettings.Thresholds FEWER_THAN_5_POSTS = new ModerationSettings.Thresholds(0, 5, 0);
    private static final WatchedWords.Verdict CLEAR = WatchedWords.Verdict.CLEAR;
    private static final WatchedWords.Verdict WATCHED = new WatchedWords.Verdict(null, List.of("casse*"), List.of());
    private static final LongSupplier NOT_COUNTED = () -> {
        throw new AssertionError("the approved posts decide nothing here: they are not counted");
    };

    private final Category category = Cast.membersCategory();
    private final Account newcomer = Cast.member("Inès", 40);
    private final Instant firstDay = newcomer.createdAt().plus(Duration.ofHours(1));

    private boolean holds(
            CategoryRights author,
            boolean startsTopic,
            WatchedWords.Verdict words,
            ModerationSettings.Thresholds thresholds,
            LongSupplier approvedPosts,
            Instant now) {
        return Approvals.mustHold(author, startsTopic, words, thresholds, approvedPosts, now);
    }

    @Test
    void withTheThresholdsOffABrandNewMemberPublishesAtOnce() {
        assertFalse(holds(rights(newcomer, category), true, CLEAR, OFF, NOT_COUNTED, firstDay));
    }

    @Test
    void aWatchedWordThatAsksForApprovalHoldsEvenATrustedMembersPost() {
        newcomer.trust();
        assertTrue(holds(rights(newcomer, category), false, WATCHED, OFF, NOT_COUNTED, firstDay));
    }

    @Test
    void aCategoryThatReviewsNewTopicsHoldsTheTopicButNotTheReplies() {
        category.requireApprovalOfTopics(true);
        assertTrue(holds(rights(newcomer, category), true, CLEAR, OFF, NOT_COUNTED, firstDay));
        assertFalse(holds(rights(newcomer, category), false, CLEAR, OFF, NOT_COUNTED, firstDay));
    }

    @Test
    void theCategorysModeratorsNeverWaitForThemselves() {
        category.requireApprovalOfTopics(true);
        Account moderator = Cast.CATEGORY_MODERATOR;
        Instant now = moderator.createdAt().plus(Duration.ofHours(1));
        assertFalse(holds(rights(moderator, category), true, WATCHED, YOUNGER_THAN_3_DAYS, () -> 0, now));
        assertFalse(holds(rights(Cast.SITE_MODERATOR, category), true, WATCHED, FEWER_THAN_5_POSTS, () -> 0, now));
        assertTrue(
                holds(rights(moderator, unmoderated()), true, WATCHED, OFF, NOT_COUNTED, now),
                "elsewhere their posts wait like anyone's");
    }

    private static Category unmoderated() {
        Category category = Cast.publicCategory();
        category.moderateBy(null);
        return category;
    }

    @Test
    void anAccountYoungerThanTheSettingWaits() {
        Instant twoDaysOld = newcomer.createdAt().plus(Duration.ofDays(2));
        Instant fourDaysOld = newcomer.createdAt().plus(Duration.ofDays(4));
        assertTrue(holds(rights(newcomer, category), false, CLEAR, YOUNGER_THAN_3_DAYS, NOT_COUNTED, twoDaysOld));
        assertFalse(holds(rights(newcomer, category), false, CLEAR, YOUNGER_THAN_3_DAYS, NOT_COUNTED, fourDaysOld));
    }

    @Test
    void anAccountWithFewerApprovedPostsThanTheSettingWaitsUnlessTrusted() {
        assertTrue(holds(rights(newcomer, category), false, CLEAR, FEWER_THAN_5_POSTS, () -> 4, firstDay));
        assertFalse(holds(rights(newcomer, category), false, CLEAR, FEWER_THAN_5_POSTS, () -> 5, firstDay));
        newcomer.trust();
        assertFalse(holds(rights(newcomer, category), false, CLEAR, FEWER_THAN_5_POSTS, NOT_COUNTED, firstDay));
        assertFalse(holds(rights(newcomer, category), false, CLEAR, YOUNGER_THAN_3_DAYS, NOT_COUNTED, firstDay));
    }
}
