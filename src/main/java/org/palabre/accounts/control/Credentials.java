package org.palabre.accounts.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.Optional;
import org.palabre.accounts.entity.Account;

/** Checks a username-or-email and password pair. */
@ApplicationScoped
public class Credentials {

    @PersistenceContext
    EntityManager entityManager;

    @Inject
    PasswordHasher hasher;

    /** The account when the password is right; the same answer, in the same time, for unknown and wrong. */
    @Transactional
    public Optional<Account> check(String login, String password) {
        if (login == null
                || password == null
                || login.isBlank()
                || password.length() > AccountRules.PASSWORD_MAX_LENGTH) {
            hasher.verifyDecoy(password == null ? "" : password.substring(0, Math.min(password.length(), 64)));
            return Optional.empty();
        }
        Optional<Account> found = entityManager
                .createNamedQuery(Account.BY_LOGIN, Account.class)
                .setParameter("key", Account.loginKey(login))
                .getResultStream()
                .findFirst();
        if (found.isEmpty()) {
            hasher.verifyDecoy(password);
            return Optional.empty();
        }
        Account account = found.get();
        if (!hasher.verify(password, account.passwordHash())) {
            return Optional.empty();
        }
        if (hasher.needsRehash(account.passwordHash())) {
            account.changePasswordHash(hasher.hash(password));
        }
        return found;
    }
}
