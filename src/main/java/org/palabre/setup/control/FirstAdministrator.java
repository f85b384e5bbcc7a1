package org.palabre.setup.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.palabre.accounts.control.PasswordHasher;
import org.palabre.accounts.entity.Account;
import org.palabre.accounts.entity.Role;
import org.palabre.security.control.SiteAddress;

/** While nobody runs the site, lets the person at the console create its first administrator. */
@ApplicationScoped
public class FirstAdministrator {

    @PersistenceContext
    EntityManager entityManager;

    @Inject
    PasswordHasher hasher;

    @Inject
    SetupCode setupCode;

    @Inject
    SiteAddress siteAddress;

    private volatile boolean administratorExists;

    @Transactional
    void offerSetupAtStart(@Observes @Initialized(ApplicationScoped.class) Object applicationStarted) {
        administratorExists = countAdministrators() > 0;
        if (!administratorExists) {
            setupCode.issue(setupUrl());
            AfterStartUp.run(() -> setupCode.announce(setupUrl()));
        }
    }

    /**
     * Asks the database again while no administrator is known here: with several servers, another one may have
     * created the first administrator, and this one must stop offering the set-up page and retire its own code.
     */
    public boolean isSetupOpen() {
        if (!administratorExists && countAdministrators() > 0) {
            administratorExists = true;
            setupCode.retire();
        }
        return !administratorExists;
    }

    public boolean codeMatches(String code) {
        return isSetupOpen() && setupCode.matches(code, setupUrl());
    }

    /** Creates the administrator, or returns null when one appeared meanwhile or the name is taken. */
    @Transactional
    public Account create(String username, String email, String password) {
        if (countAdministrators() > 0) {
            administratorExists = true;
            return null;
        }
        boolean taken = !entityManager
                .createNamedQuery(Account.BY_LOGIN, Account.class)
                .setParameter("key", Account.loginKey(username))
                .setLockMode(LockModeType.NONE)
                .getResultList()
                .isEmpty();
        if (taken) {
            return null;
        }
        Account administrator = new Account(username, email, hasher.hash(password), Role.ADMIN);
        entityManager.persist(administrator);
        administratorExists = true;
        setupCode.retire();
        return administrator;
    }

    private long countAdministrators() {
        return entityManager
                .createNamedQuery(Account.COUNT_WITH_ROLE, Long.class)
                .setParameter("role", Role.ADMIN)
                .getSingleResult();
    }

    private String setupUrl() {
        return siteAddress.baseUrl() + "/setup";
    }
}
