package org.palabre.accounts.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.Optional;
import org.palabre.accounts.entity.Account;
import org.palabre.security.control.RateLimits;
import org.palabre.security.control.RateLimits.Limit;
import org.palabre.security.control.TooManyRequests;

/**
 * How fast anyone may try passwords at the sign-in form. Every attempt counts against the client; failed ones
 * count against the name typed (a right password gives its attempt back). The name's allowance is kept per name
 * as typed, username or address, on purpose: one allowance per account would let anyone learn, in a dozen
 * attempts, whether an address and a username belong to the same member, which matters more here than halving
 * a guesser's already slow pace. Once strangers have spent a name's allowance, its owner's own browser (a
 * {@link KnownDevices known device}) still signs in, with an allowance of its own: guessing cannot lock anyone out.
 */
@ApplicationScoped
public class SignInLimits {

    /** The allowance an attempt was taken from, to give back when the password was right. */
    public record Attempt(Limit limit, String key) {}

    @Inject
    RateLimits rateLimits;

    @Inject
    KnownDevices devices;

    @PersistenceContext
    EntityManager entityManager;

    /** Takes one attempt, or throws TooManyRequests with the time to wait. */
    @Transactional
    public Optional<Attempt> take(String login, String client, String deviceCookie) {
        rateLimits.take(AccountLimits.SIGN_IN_PER_CLIENT, client);
        if (login == null || login.isBlank()) {
            return Optional.empty();
        }
        String name = Account.loginKey(login);
        try {
            rateLimits.take(AccountLimits.SIGN_IN_PER_ACCOUNT, name);
            return Optional.of(new Attempt(AccountLimits.SIGN_IN_PER_ACCOUNT, name));
        } catch (TooManyRequests spent) {
            String device = entityManager
                    .createNamedQuery(Account.BY_LOGIN, Account.class)
                    .setParameter("key", name)
                    .getResultStream()
                    .findFirst()
                    .flatMap(account -> devices.recognise(account, deviceCookie))
                    .orElseThrow(() -> spent);
            rateLimits.take(AccountLimits.SIGN_IN_PER_DEVICE, device);
            return Optional.of(new Attempt(AccountLimits.SIGN_IN_PER_DEVICE, device));
        }
    }

    /** The password was right: the attempt was no guess. */
    public void succeeded(Optional<Attempt> attempt) {
        attempt.ifPresent(taken -> rateLimits.giveBack(taken.limit(), taken.key()));
    }
}
