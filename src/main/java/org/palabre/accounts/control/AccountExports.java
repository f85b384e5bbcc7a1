package org.palabre.accounts.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import org.palabre.accounts.entity.Account;
import org.palabre.invites.control.Invites;

/** Gathers a member's own data for them to download. */
@ApplicationScoped
public class AccountExports {

    @PersistenceContext
    EntityManager entityManager;

    @Inject
    ApiTokens apiTokens;

    @Inject
    Invites invites;

    @Inject
    org.palabre.posts.control.AuthoredPosts posts;

    @Transactional
    public AccountExport of(Account member) {
        Account account = entityManager.find(Account.class, member.id());
        return AccountExport.of(
                account, apiTokens.list(account), invites.madeBy(account), posts.export(account), Instant.now());
    }
}
