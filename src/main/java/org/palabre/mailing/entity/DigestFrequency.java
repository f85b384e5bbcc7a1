package org.palabre.mailing.entity;

import java.time.Duration;

/** How often a member receives the summary of what happened on the forum. */
public enum DigestFrequency {
    NEVER(null),
    DAILY(Duration.ofDays(1)),
    WEEKLY(Duration.ofDays(7));

    private final Duration period;

    DigestFrequency(Duration period) {
        this.period = period;
    }

    /** The time between two digests; null for NEVER. */
    public Duration period() {
        return period;
    }
}
