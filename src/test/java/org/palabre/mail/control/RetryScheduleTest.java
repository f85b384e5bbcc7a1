package org.palabre.mail.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class RetryScheduleTest {

    private final RetrySchedule schedule = new RetrySchedule(Duration.ofMinutes(1), Duration.ofHours(2));
    private final Instant now = Instant.parse("2026-11-23T10:00:00Z");

    @Test
    void theWaitDoublesWithEachAttemptUpToTheCeiling() {
        assertEquals(Duration.ofMinutes(1), schedule.waitAfter(1));
        assertEquals(Duration.ofMinutes(2), schedule.waitAfter(2));
        assertEquals(Duration.ofMinutes(64), schedule.waitAfter(7));
        assertEquals(Duration.ofHours(2), schedule.waitAfter(8));
        assertEquals(Duration.ofHours(2), schedule.waitAfter(500), "no overflow after many attempts");
    }

    @Test
    void jitterSpreadsRetriesBetweenHalfAndAllOfTheWait() {
        for (int i = 0; i < 1000; i++) {
            Instant next = schedule.next(3, now, now.plus(Duration.ofDays(2))).orElseThrow();
            Duration wait = Duration.between(now, next);
            assertTrue(
                    wait.compareTo(Duration.ofMinutes(2)) >= 0 && wait.compareTo(Duration.ofMinutes(4)) <= 0,
                    wait.toString());
        }
    }

    @Test
    void noAttemptIsPlannedPastTheDeadline() {
        assertTrue(schedule.next(9, now, now.plus(Duration.ofMinutes(30))).isEmpty());
        assertTrue(schedule.next(1, now, now.plus(Duration.ofMinutes(5))).isPresent());
    }
}
