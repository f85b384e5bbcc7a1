package org.palabre.accounts.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.palabre.accounts.entity.Account;

/** Gathers a member's own data for them to download. */
@ApplicationScoped
public class AccountExports {

    @PersistenceContext
    EntityManager entityManager;

    @Inject
    ApiTokens apiTokens;

    @Inject
    Instance<OwnDataSection> sections;

    @Transactional
    public AccountExport of(Account member) {
        Account account = entityManager.find(Account.class, member.id());
        Map<String, List<?>> parts = new HashMap<>();
        sections.forEach(section -> parts.put(section.key(), section.of(account)));
        return AccountExport.of(account, apiTokens.list(account), parts, Instant.now());
    }
}
