package org.palabre.mail.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** How notification mail waits, retries and is limited; every value can be set by environment variable. */
@ApplicationScoped
public class MailSettings {

    /** Time a notification mail waits before it is rendered and sent, so edits land and withdrawals cancel it. */
    @Inject
    @ConfigProperty(name = "palabre.mail.delay-seconds", defaultValue = "300")
    long delaySeconds;

    /** A shorter wait for direct mentions, which people expect sooner. */
    @Inject
    @ConfigProperty(name = "palabre.mail.mention-delay-seconds", defaultValue = "120")
    long mentionDelaySeconds;

    /** A member who used the site this recently gets no "when I am away" mail. */
    @Inject
    @ConfigProperty(name = "palabre.mail.away-minutes", defaultValue = "10")
    long awayMinutes;

    @Inject
    @ConfigProperty(name = "palabre.mail.daily-cap", defaultValue = "100")
    int dailyCap;

    /** The window the daily cap counts over: a day, shorter in tests so held mail leaves within seconds. */
    @Inject
    @ConfigProperty(name = "palabre.mail.cap-window-seconds", defaultValue = "86400")
    long capWindowSeconds;

    @Inject
    @ConfigProperty(name = "palabre.mail.keep-trying-seconds", defaultValue = "172800")
    long keepTryingSeconds;

    @Inject
    @ConfigProperty(name = "palabre.mail.retry-first-seconds", defaultValue = "60")
    long retryFirstSeconds;

    @Inject
    @ConfigProperty(name = "palabre.mail.retry-max-seconds", defaultValue = "7200")
    long retryMaxSeconds;

    /** How long a worker holds the mails it claimed; past it, another worker takes them over. */
    @Inject
    @ConfigProperty(name = "palabre.mail.lease-seconds", defaultValue = "120")
    long leaseSeconds;

    @Inject
    @ConfigProperty(name = "palabre.mail.workers", defaultValue = "2")
    int workers;

    @Inject
    @ConfigProperty(name = "palabre.mail.poll-millis", defaultValue = "1000")
    long pollMillis;

    public Duration delay() {
        return Duration.ofSeconds(delaySeconds);
    }

    public Duration mentionDelay() {
        return Duration.ofSeconds(Math.min(mentionDelaySeconds, delaySeconds));
    }

    public Duration away() {
        return Duration.ofMinutes(awayMinutes);
    }

    public int dailyCap() {
        return dailyCap;
    }

    public Duration capWindow() {
        return Duration.ofSeconds(Math.max(1, capWindowSeconds));
    }

    public Duration keepTrying() {
        return Duration.ofSeconds(keepTryingSeconds);
    }

    public RetrySchedule retrySchedule() {
        return new RetrySchedule(Duration.ofSeconds(retryFirstSeconds), Duration.ofSeconds(retryMaxSeconds));
    }

    public Duration lease() {
        return Duration.ofSeconds(leaseSeconds);
    }

    public int workers() {
        return Math.max(1, workers);
    }

    public long pollMillis() {
        return Math.max(50, pollMillis);
    }
}
