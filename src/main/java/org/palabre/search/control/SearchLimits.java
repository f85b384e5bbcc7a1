package org.palabre.search.control;

import java.time.Duration;
import org.palabre.accounts.entity.Account;
import org.palabre.security.control.RateLimits;

/**
 * How often one client may search: a page of results costs the index far more than a page of a topic. Set by
 * {@code palabre.limits.search} (PALABRE_LIMITS_SEARCH) like every other limit.
 */
public final class SearchLimits {

    public static final RateLimits.Limit SEARCH = new RateLimits.Limit("search", 30, Duration.ofSeconds(60));

    private SearchLimits() {}

    /** Members count per account (wherever they are), visitors per address. */
    public static String clientKey(Account reader, String remoteAddress) {
        return reader != null ? "account:" + reader.id() : "address:" + remoteAddress;
    }
}
