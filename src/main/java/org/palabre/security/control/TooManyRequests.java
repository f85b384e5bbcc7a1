package org.palabre.security.control;

/** Refused by a rate limit: answered with 429, Retry-After, and the wait in the reader's words. */
public class TooManyRequests extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final long waitSeconds;

    public TooManyRequests(long waitSeconds) {
        super("rateLimited", null, false, false);
        this.waitSeconds = waitSeconds;
    }

    public long waitSeconds() {
        return waitSeconds;
    }
}
