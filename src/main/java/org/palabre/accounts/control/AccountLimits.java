package org.palabre.accounts.control;

import java.time.Duration;
import org.palabre.security.control.RateLimits.Limit;

/** The rate limits on account actions: generous for people, tight for scripts guessing passwords. */
public final class AccountLimits {

    public static final Limit SIGN_IN_PER_CLIENT = new Limit("signin-client", 30, Duration.ofMinutes(5));
    public static final Limit SIGN_IN_PER_ACCOUNT = new Limit("signin-account", 10, Duration.ofMinutes(15));
    /** Failed sign-ins from a browser the member signed in from before, once the name's own allowance is spent. */
    public static final Limit SIGN_IN_PER_DEVICE = new Limit("signin-device", 10, Duration.ofMinutes(15));
    /** The password asked again of a signed-in member (address, password, deletion, tokens): failures count. */
    public static final Limit PASSWORD_PER_ACCOUNT = new Limit("password-account", 10, Duration.ofMinutes(15));

    public static final Limit PASSWORD_PER_CLIENT = new Limit("password-client", 30, Duration.ofMinutes(5));

    /**
     * Sign-ups from one address: people at a meeting share one address behind the venue's Wi-Fi, so a room can
     * join within the hour. A script gets no further than 30 unverified accounts an hour per address, each
     * needing its own mailbox to become a member, and each address is mailed at most {@link #MAIL_PER_ADDRESS}
     * times an hour. Someone holding a valid invitation is never counted: the inviter vouched for them.
     */
    public static final Limit SIGN_UP_PER_CLIENT = new Limit("signup-client", 30, Duration.ofHours(1));

    public static final Limit MAIL_PER_CLIENT = new Limit("mail-client", 5, Duration.ofHours(1));
    public static final Limit MAIL_PER_ADDRESS = new Limit("mail-address", 3, Duration.ofHours(1));

    private AccountLimits() {}
}
