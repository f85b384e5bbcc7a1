package org.palabre.security.control;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.UnaryOperator;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * In-memory token buckets per action and key (an account name, an address, a client address). Keys live
 * only in memory and only while they matter: client addresses are never stored.
 */
@ApplicationScoped
public class RateLimits {

    /** How many attempts, refilled evenly over how long. */
    public record Limit(String action, int attempts, Duration per) {}

    /** Above this many keys, buckets untouched for a whole refill period (so full again) are dropped. */
    private static final int SWEEP_ABOVE = 10_000;

    private record Entry(Bucket bucket, Duration per, long lastUsedNanos) {}

    private final Map<String, Entry> entries = new ConcurrentHashMap<>();

    private final Map<String, Limit> configured = new ConcurrentHashMap<>();
    private final UnaryOperator<Limit> configuration;

    public RateLimits() {
        this(RateLimits::configuredOr);
    }

    /** With the limits as given, whatever the configuration says. */
    RateLimits(UnaryOperator<Limit> configuration) {
        this.configuration = configuration;
    }

    /**
     * Takes one attempt; throws {@link TooManyRequests} saying how long to wait when none is left. A limit
     * can be changed by configuration, {@code palabre.limits.<action>=<attempts>/<seconds>}.
     */
    public void take(Limit defaultLimit, String key) {
        Limit limit = configured.computeIfAbsent(defaultLimit.action(), action -> configuration.apply(defaultLimit));
        long now = System.nanoTime();
        if (entries.size() > SWEEP_ABOVE) {
            entries.values()
                    .removeIf(entry -> now - entry.lastUsedNanos() > entry.per().toNanos());
        }
        Entry entry = entries.compute(
                limit.action() + "\u0000" + key,
                (k, existing) -> new Entry(
                        existing != null
                                ? existing.bucket()
                                : Bucket.builder()
                                        .addLimit(Bandwidth.builder()
                                                .capacity(limit.attempts())
                                                .refillGreedy(limit.attempts(), limit.per())
                                                .build())
                                        .build(),
                        limit.per(),
                        now));
        ConsumptionProbe probe = entry.bucket().tryConsumeAndReturnRemaining(1);
        if (!probe.isConsumed()) {
            throw new TooManyRequests(
                    Duration.ofNanos(probe.getNanosToWaitForRefill()).toSeconds() + 1);
        }
    }

    /**
     * Gives back the attempt just taken, for limits that count only failures: a right password must not use up
     * what is there to slow down guessing. Taking first and giving back after keeps parallel guesses counted.
     */
    public void giveBack(Limit defaultLimit, String key) {
        Entry entry = entries.get(defaultLimit.action() + "\u0000" + key);
        if (entry != null) {
            entry.bucket().addTokens(1);
        }
    }

    static Limit configuredOr(Limit defaultLimit) {
        return ConfigProvider.getConfig(RateLimits.class.getClassLoader())
                .getOptionalValue("palabre.limits." + defaultLimit.action(), String.class)
                .map(value -> parse(defaultLimit.action(), value))
                .orElse(defaultLimit);
    }

    static Limit parse(String action, String attemptsPerSeconds) {
        String[] parts = attemptsPerSeconds.strip().split("/");
        if (parts.length != 2) {
            throw new IllegalArgumentException(
                    "palabre.limits." + action + " must read <attempts>/<seconds>, not " + attemptsPerSeconds);
        }
        return new Limit(
                action, Integer.parseInt(parts[0].strip()), Duration.ofSeconds(Long.parseLong(parts[1].strip())));
    }
}
