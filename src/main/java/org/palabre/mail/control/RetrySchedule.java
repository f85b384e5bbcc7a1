package org.palabre.mail.control;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;

/**
 * When to try a temporarily refused mail again: the wait doubles with each attempt up to a ceiling, and
 * is spread by random jitter (between half and all of it) so that many mails refused together, when a
 * server went down, do not all come back at the same second.
 */
public record RetrySchedule(Duration first, Duration ceiling) {

    /** The time of the next attempt after the given number of attempts, or empty past the deadline. */
    public Optional<Instant> next(int attemptsSoFar, Instant now, Instant giveUpAt) {
        Duration wait = waitAfter(attemptsSoFar);
        long jittered = wait.toMillis() / 2 + ThreadLocalRandom.current().nextLong(wait.toMillis() / 2 + 1);
        Instant next = now.plusMillis(jittered);
        return next.isAfter(giveUpAt) ? Optional.empty() : Optional.of(next);
    }

    /** The wait before jitter: first, then twice as long each time, never above the ceiling. */
    Duration waitAfter(int attemptsSoFar) {
        int doublings = Math.max(0, Math.min(attemptsSoFar - 1, 30));
        Duration wait = first.multipliedBy(1L << doublings);
        return wait.compareTo(ceiling) > 0 ? ceiling : wait;
    }
}
