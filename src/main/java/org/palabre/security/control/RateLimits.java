package org.palabre.security.control;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.UnaryOperator;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;
import org.palabre.database.control.DatabaseSettings;

/**
 * Token buckets per action and key (an account name, an address, a client address). On PostgreSQL, where several
 * servers may share the database behind a load balancer, the buckets are rows every server counts in
 * ({@link SharedBuckets}; a keyed hash stands for the key, so client addresses are never stored). On the embedded H2
 * database only one server can run, and the buckets stay in memory: a map lookup instead of a statement.
 * {@code palabre.limits.shared} chooses either way.
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

    @Inject
    SharedBuckets sharedBuckets;

    @Inject
    SiteSecrets secrets;

    @Inject
    Config config;

    /** Whether the buckets are rows in the database (null: in memory). */
    private Boolean postgreSqlShared;

    public RateLimits() {
        this(RateLimits::configuredOr);
    }

    @PostConstruct
    void chooseWhereToCount() {
        DatabaseSettings database = DatabaseSettings.from(config);
        boolean shared =
                config.getOptionalValue("palabre.limits.shared", Boolean.class).orElse(database.isPostgreSql());
        postgreSqlShared = shared ? database.isPostgreSql() : null;
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
        if (postgreSqlShared != null) {
            long waitMillis = sharedBuckets.take(limit.action(), keyHash(key), limit, postgreSqlShared);
            if (waitMillis > 0) {
                throw new TooManyRequests(waitMillis / 1000 + 1);
            }
            return;
        }
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
        if (postgreSqlShared != null) {
            Limit limit =
                    configured.computeIfAbsent(defaultLimit.action(), action -> configuration.apply(defaultLimit));
            sharedBuckets.giveBack(limit.action(), keyHash(key), limit);
            return;
        }
        Entry entry = entries.get(defaultLimit.action() + "\u0000" + key);
        if (entry != null) {
            entry.bucket().addTokens(1);
        }
    }

    /** The key as stored: a keyed hash, so the table holds no address or name that could be read back. */
    private String keyHash(String key) {
        return Base64.getUrlEncoder()
                .withoutPadding()
                .encodeToString(Arrays.copyOf(secrets.hmac("rate-limits", key.getBytes(StandardCharsets.UTF_8)), 18));
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
