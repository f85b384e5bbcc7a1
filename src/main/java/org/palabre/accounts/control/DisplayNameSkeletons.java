package org.palabre.accounts.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.palabre.accounts.entity.Account;

/**
 * Gives display names stored before V19 their look-alike skeleton, once, at start-up, so that new names are
 * compared with them too. Such a name is kept as it is even when it breaks today's rule: it is always shown with
 * the username beside it where that matters, and the member's next profile change must meet the rule.
 */
@ApplicationScoped
public class DisplayNameSkeletons {

    @PersistenceContext
    EntityManager entityManager;

    @Transactional
    public void fillAtStart(@Observes @Initialized(ApplicationScoped.class) Object started) {
        entityManager
                .createNamedQuery(Account.DISPLAY_NAME_WITHOUT_SKELETON, Account.class)
                .getResultStream()
                .forEach(Account::computeDisplayNameSkeleton);
    }
}
