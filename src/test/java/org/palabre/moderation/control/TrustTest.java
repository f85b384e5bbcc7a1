package org.palabre.moderation.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.function.LongSupplier;
import org.junit.jupiter.api.Test;
import org.palabre.accounts.entity.Account;
import org.palabre.accounts.entity.Role;
import org.palabre.testing.Cast;

/** New accounts, where spam and raids come from: who counts as new, and what their posts may not hold. */
class TrustTest {

    private static final ModerationSettings.Thresholds NO_POST_COUNT = new ModerationSettings.Thresholds(0, 0, 0);
    private static final ModerationSettings.Thresholds THREE_POSTS = new ModerationSettings.Thresholds(0, 0, 3);
    private static final LongSupplier NOT_COUNTED = () -> {
        throw new AssertionError("the approved posts decide nothing here: they are not counted");
    };

    private final Account member = Cast.member("Inès", 40);
    private final Instant firstDay = member.createdAt().plus(Duration.ofHours(23));
    private final Instant nextDay = member.createdAt().plus(Duration.ofHours(25));

    @Test
    void anAccountIsNewOnItsFirstDayWhateverItPosted() {
        assertTrue(Trust.isNew(member, firstDay, NO_POST_COUNT, NOT_COUNTED));
        assertTrue(Trust.isNew(member, firstDay, THREE_POSTS, NOT_COUNTED));
    }

    @Test
    void pastItsFirstDayAnAccountIsNewUntilItHasAsManyApprovedPostsAsTheSiteAsks() {
        assertFalse(Trust.isNew(member, nextDay, NO_POST_COUNT, NOT_COUNTED), "no number asked: the day is enough");
        assertTrue(Trust.isNew(member, nextDay, THREE_POSTS, () -> 2));
        assertFalse(Trust.isNew(member, nextDay, THREE_POSTS, () -> 3));
    }

    @Test
    void aTrustedMemberOrAModeratorIsNeverNew() {
        member.trust();
        assertFalse(Trust.isNew(member, firstDay, THREE_POSTS, NOT_COUNTED));
        member.removeTrust();
        assertTrue(Trust.isNew(member, firstDay, THREE_POSTS, NOT_COUNTED), "back to the thresholds");

        Account moderator = Cast.saved(new Account("Sacha", "sacha@collectif.test", "hash", Role.MODERATOR), 41);
        assertFalse(Trust.isNew(moderator, moderator.createdAt(), THREE_POSTS, NOT_COUNTED));
        assertFalse(Trust.isNew(Cast.ADMIN, Cast.ADMIN.createdAt(), THREE_POSTS, NOT_COUNTED));
    }

    @Test
    void aNewAccountsPostHoldsNoImageAndAtMostTwoLinks() {
        assertEquals(Optional.of(new Trust.Refusal("trust.noImages", 0)), Trust.refusal(true, new LinkCount(5, 1)));
        assertEquals(Optional.of(new Trust.Refusal("trust.tooManyLinks", 2)), Trust.refusal(true, new LinkCount(3, 0)));
        assertEquals(Optional.empty(), Trust.refusal(true, new LinkCount(2, 0)));
    }

    @Test
    void anEstablishedMembersPostHoldsWhatItLikes() {
        assertEquals(Optional.empty(), Trust.refusal(false, new LinkCount(40, 12)));
    }
}
