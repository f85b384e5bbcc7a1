package org.palabre.mailing.control;

import java.time.Duration;
import java.time.Instant;
import org.palabre.mail.entity.BounceKind;

/**
 * Discourse's bounce score. A hard bounce adds hardScore, a soft one softScore but at most once a day (a full
 * mailbox bounces every mail of the day, and is still one bad day); once the score reaches the threshold, mail
 * about posts stops until the member confirms the address again. A score that has not grown for resetAfter
 * (every mail of that period went through: it did not come back) starts again from zero. With the defaults
 * (2, 1, 4, 30 days) two hard bounces stop mail, or one hard and two soft, or four soft on four days; a threshold
 * of 5 makes it a hard one and three soft ones. Pure: the same standing and bounce give the same answer.
 */
public record BounceScoring(int hardScore, int softScore, int threshold, Duration resetAfter) {

    static final Duration SOFT_ONCE_PER = Duration.ofDays(1);

    /** Where a member's address stands; stoppedAt is set while mail to it is stopped. */
    public record Standing(int score, Instant lastBounceAt, Instant lastSoftCountedAt, Instant stoppedAt) {
        public static final Standing CLEAN = new Standing(0, null, null, null);

        public boolean stopped() {
            return stoppedAt != null;
        }
    }

    /** What one bounce counted for, and the standing after it. */
    public record Scored(int points, Standing after) {}

    public Scored add(Standing before, BounceKind kind, Instant at) {
        Standing from = before;
        // A stopped address stays stopped: no mail goes to it, so no good delivery can speak for it.
        if (!before.stopped()
                && before.lastBounceAt() != null
                && before.lastBounceAt().plus(resetAfter).isBefore(at)) {
            from = Standing.CLEAN;
        }
        int points;
        Instant softCounted = from.lastSoftCountedAt();
        if (kind == BounceKind.HARD) {
            points = hardScore;
        } else if (softCounted != null && softCounted.plus(SOFT_ONCE_PER).isAfter(at)) {
            points = 0;
        } else {
            points = softScore;
            softCounted = at;
        }
        int score = from.score() + points;
        Instant last = from.lastBounceAt() == null || from.lastBounceAt().isBefore(at) ? at : from.lastBounceAt();
        Instant stopped = from.stoppedAt() != null ? from.stoppedAt() : score >= threshold ? at : null;
        return new Scored(points, new Standing(score, last, softCounted, stopped));
    }
}
