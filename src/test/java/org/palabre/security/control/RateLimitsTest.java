package org.palabre.security.control;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class RateLimitsTest {

    private final RateLimits limits = new RateLimits(limit -> limit);
    private final RateLimits.Limit threePerHour = new RateLimits.Limit("test", 3, Duration.ofHours(1));

    @Test
    void theAttemptBeyondTheLimitIsRefusedWithTheTimeToWait() {
        for (int i = 0; i < 3; i++) {
            limits.take(threePerHour, "203.0.113.7");
        }
        TooManyRequests refused = assertThrows(TooManyRequests.class, () -> limits.take(threePerHour, "203.0.113.7"));
        assertTrue(
                refused.waitSeconds() > 0 && refused.waitSeconds() <= 1201,
                "one attempt refills in 20 minutes: " + refused.waitSeconds());
    }

    @Test
    void eachKeyAndEachActionHasItsOwnAllowance() {
        for (int i = 0; i < 3; i++) {
            limits.take(threePerHour, "203.0.113.7");
        }
        assertDoesNotThrow(() -> limits.take(threePerHour, "198.51.100.1"));
        assertDoesNotThrow(() -> limits.take(new RateLimits.Limit("other", 3, Duration.ofHours(1)), "203.0.113.7"));
    }

    @Test
    void anAttemptGivenBackIsAvailableAgainAndNeverBeyondTheLimit() {
        for (int i = 0; i < 3; i++) {
            limits.take(threePerHour, "203.0.113.7");
        }
        limits.giveBack(threePerHour, "203.0.113.7");
        assertDoesNotThrow(() -> limits.take(threePerHour, "203.0.113.7"));
        assertThrows(TooManyRequests.class, () -> limits.take(threePerHour, "203.0.113.7"));

        limits.take(threePerHour, "198.51.100.1");
        for (int i = 0; i < 5; i++) {
            limits.giveBack(threePerHour, "198.51.100.1");
        }
        for (int i = 0; i < 3; i++) {
            limits.take(threePerHour, "198.51.100.1");
        }
        assertThrows(TooManyRequests.class, () -> limits.take(threePerHour, "198.51.100.1"), "capped at three");
    }
}
