package org.palabre.moderation.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class StaffActionsTest {

    /** The log keeps message keys for what has words, so each reader sees them in their language. */
    @Test
    void aChosenSettingIsKeptAsWordsToTranslateOrAsANumber() {
        assertEquals("{settings.registration.INVITE_ONLY}", StaffActions.said("registration.mode", "INVITE_ONLY"));
        assertEquals("{modlog.setting.false}", StaffActions.said("moderation.two-person-rule", "false"));
        assertEquals("4", StaffActions.said("flags.threshold", "4"));
    }
}
