package org.palabre.flags.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;

class FlagRulesTest {

    @Test
    void somethingElseNeedsAMessageTheOtherReasonsDoNot() {
        assertEquals(Map.of("message", "flags.message.required"), FlagRules.problems("SOMETHING_ELSE", "  "));
        assertEquals(Map.of(), FlagRules.problems("SPAM", null));
        assertEquals(Map.of(), FlagRules.problems("SOMETHING_ELSE", "il insulte"));
    }

    @Test
    void anUnknownReasonAndAnOverlongMessageAreRefused() {
        assertEquals(Map.of("reason", "flags.reason.required"), FlagRules.problems("BORING", ""));
        assertEquals(Map.of("message", "flags.message.tooLong"), FlagRules.problems("SPAM", "x".repeat(1001)));
    }

    @Test
    void thePostHidesAtTheThresholdOrOnAModeratorsFlag() {
        assertFalse(FlagRules.hides(2, 3, false));
        assertTrue(FlagRules.hides(3, 3, false));
        assertTrue(FlagRules.hides(1, 3, true));
        assertTrue(FlagRules.hides(1, 0, false), "a threshold below one counts as one");
    }
}
