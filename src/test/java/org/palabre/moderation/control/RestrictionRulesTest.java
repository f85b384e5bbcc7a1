package org.palabre.moderation.control;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.palabre.accounts.entity.BlockedEmail;

class RestrictionRulesTest {

    @Test
    void onlySuspensionsLongerThanThirtyDaysNeedASecondModeratorAndOnlyUnderTheRule() {
        assertFalse(RestrictionRules.needsSecondModerator(30, true));
        assertTrue(RestrictionRules.needsSecondModerator(31, true));
        assertFalse(RestrictionRules.needsSecondModerator(60, false));
    }

    @Test
    void daysAndReasonsHaveBounds() {
        assertFalse(RestrictionRules.validDays(0));
        assertTrue(RestrictionRules.validDays(3650));
        assertFalse(RestrictionRules.validDays(3651));
        assertFalse(RestrictionRules.validReason("   "));
        assertFalse(RestrictionRules.validReason("x".repeat(1001)));
    }

    @Test
    void aBlockedAddressIsRecognisedWhateverItsCaseOrTag() {
        assertTrue(
                BlockedEmail.hashOf("Spam.Eur+promo@Example.org").equals(BlockedEmail.hashOf("spam.eur@example.org")));
        assertFalse(BlockedEmail.hashOf("autre@example.org").equals(BlockedEmail.hashOf("spam.eur@example.org")));
    }
}
