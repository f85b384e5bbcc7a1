package org.palabre.mailing.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.palabre.mail.entity.BounceKind;
import org.palabre.mailing.control.BounceScoring.Standing;

class BounceScoringTest {

    private static final Instant MONDAY = Instant.parse("2026-11-30T09:00:00Z");
    private final BounceScoring defaults = new BounceScoring(2, 1, 4, Duration.ofDays(30));

    private static Standing after(BounceScoring scoring, Object... kindsAndDays) {
        Standing standing = Standing.CLEAN;
        for (int i = 0; i < kindsAndDays.length; i += 2) {
            Instant at = MONDAY.plus(Duration.ofHours(Math.round((Double) kindsAndDays[i + 1] * 24)));
            standing = scoring.add(standing, (BounceKind) kindsAndDays[i], at).after();
        }
        return standing;
    }

    @Test
    void twoHardBouncesStopMailWithTheDefaults() {
        assertFalse(after(defaults, BounceKind.HARD, 0.0).stopped());
        assertTrue(after(defaults, BounceKind.HARD, 0.0, BounceKind.HARD, 0.1).stopped());
    }

    @Test
    void aHardBounceAndThreeSoftOnesStopMailWhenTheThresholdIsFive() {
        BounceScoring five = new BounceScoring(2, 1, 5, Duration.ofDays(30));
        Standing three = after(five, BounceKind.HARD, 0.0, BounceKind.SOFT, 1.0, BounceKind.SOFT, 2.0);
        assertFalse(three.stopped(), "a hard and two soft make four");
        Standing four =
                after(five, BounceKind.HARD, 0.0, BounceKind.SOFT, 1.0, BounceKind.SOFT, 2.0, BounceKind.SOFT, 3.0);
        assertEquals(5, four.score());
        assertTrue(four.stopped());
    }

    @Test
    void softBouncesCountOnceADay() {
        Standing sameDay = after(defaults, BounceKind.SOFT, 0.0, BounceKind.SOFT, 0.2, BounceKind.SOFT, 0.5);
        assertEquals(1, sameDay.score());
        Standing threeDays = after(defaults, BounceKind.SOFT, 0.0, BounceKind.SOFT, 1.0, BounceKind.SOFT, 2.0);
        assertEquals(3, threeDays.score());
        assertFalse(threeDays.stopped());
        assertTrue(
                after(defaults, BounceKind.SOFT, 0.0, BounceKind.SOFT, 1.0, BounceKind.SOFT, 2.0, BounceKind.SOFT, 3.0)
                        .stopped());
    }

    @Test
    void aMonthWithoutBouncesStartsTheScoreAgain() {
        Standing standing = after(defaults, BounceKind.HARD, 0.0, BounceKind.SOFT, 1.0, BounceKind.HARD, 40.0);
        assertEquals(2, standing.score(), "the first three points were forgotten");
        assertFalse(standing.stopped());
    }

    @Test
    void stoppedMailStaysStoppedUntilTheAddressIsConfirmed() {
        Standing stopped = after(defaults, BounceKind.HARD, 0.0, BounceKind.HARD, 0.1, BounceKind.SOFT, 90.0);
        assertTrue(stopped.stopped(), "no mail went meanwhile, so nothing speaks for the address");
    }
}
