package org.palabre.accounts.control;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import org.palabre.accounts.entity.Account;
import org.palabre.security.control.ClientAddresses;
import org.palabre.security.control.RateLimits;

/**
 * A signed-in member typing their password again before a sensitive change (address, password, deletion, a new
 * API token). Whoever holds a stolen session or token could otherwise guess the password here at full speed, so
 * every check is limited per account and per client, as sign-in is; a right password gives its attempt back.
 */
@RequestScoped
public class PasswordConfirmation {

    @Inject
    PasswordHasher hasher;

    @Inject
    RateLimits rateLimits;

    @Inject
    ClientAddresses clientAddresses;

    @Inject
    HttpServletRequest request;

    /** Whether the password is the member's; throws TooManyRequests when too many were tried. */
    public boolean confirms(Account account, String password) {
        rateLimits.take(AccountLimits.PASSWORD_PER_CLIENT, clientAddresses.of(request));
        String accountKey = account.id().toString();
        rateLimits.take(AccountLimits.PASSWORD_PER_ACCOUNT, accountKey);
        boolean right = password != null
                && password.length() <= AccountRules.PASSWORD_MAX_LENGTH
                && hasher.verify(password, account.passwordHash());
        if (right) {
            rateLimits.giveBack(AccountLimits.PASSWORD_PER_ACCOUNT, accountKey);
            rateLimits.giveBack(AccountLimits.PASSWORD_PER_CLIENT, clientAddresses.of(request));
        }
        return right;
    }
}
