package org.palabre.accounts.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.palabre.accounts.entity.Account;
import org.palabre.accounts.entity.AccountStatus;
import org.palabre.markdown.control.MarkdownRenderer;

/** Members' public profiles: display name and bio, shown at /u/{username}. */
@ApplicationScoped
public class Profiles {

    private final MarkdownRenderer markdown = new MarkdownRenderer();

    @PersistenceContext
    EntityManager entityManager;

    @Inject
    NameClaims nameClaims;

    /** The active member with this username (any case), with a bio rendered by the current renderer. */
    @Transactional
    public Optional<Account> find(String username) {
        if (username == null || username.length() > 40) {
            return Optional.empty();
        }
        Optional<Account> found = entityManager
                .createNamedQuery(Account.ACTIVE_BY_USERNAME, Account.class)
                .setParameter("key", Account.loginKey(username))
                .setParameter("active", AccountStatus.ACTIVE)
                .getResultStream()
                .findFirst();
        found.filter(account -> account.bioRendererVersion() != MarkdownRenderer.VERSION)
                .ifPresent(stale -> stale.describe(
                        stale.displayName(),
                        stale.bioRaw(),
                        markdown.render(stale.bioRaw()),
                        MarkdownRenderer.VERSION));
        return found;
    }

    @Transactional
    public Map<String, String> describe(Account member, String displayName, String bio) {
        Map<String, String> problems = new LinkedHashMap<>();
        AccountRules.displayNameProblem(displayName).ifPresent(p -> problems.put("displayName", p));
        if (!problems.containsKey("displayName")
                && displayName != null
                && !displayName.isBlank()
                && nameClaims.isTakenAsDisplayName(member, displayName)) {
            problems.put("displayName", "profile.displayName.taken");
        }
        AccountRules.bioProblem(bio).ifPresent(p -> problems.put("bio", p));
        if (problems.isEmpty()) {
            String raw = bio == null ? "" : bio.replace("\r\n", "\n");
            try {
                entityManager.merge(member).describe(displayName, raw, markdown.render(raw), MarkdownRenderer.VERSION);
            } catch (MarkdownRenderer.TooDeeplyNested e) {
                problems.put("bio", "markdown.tooDeep");
            }
        }
        return problems;
    }
}
