package org.palabre.security.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class RateLimitsConfigTest {

    @Test
    void aConfiguredLimitReadsAttemptsPerSeconds() {
        assertEquals(
                new RateLimits.Limit("signin-client", 100, Duration.ofSeconds(60)),
                RateLimits.parse("signin-client", " 100 / 60 "));
    }

    @Test
    void aMalformedLimitNamesTheSettingToFix() {
        IllegalArgumentException refused =
                assertThrows(IllegalArgumentException.class, () -> RateLimits.parse("signin-client", "100"));
        assertEquals(true, refused.getMessage().contains("palabre.limits.signin-client"));
    }
}
