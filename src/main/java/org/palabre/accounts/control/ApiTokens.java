package org.palabre.accounts.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.palabre.accounts.entity.Account;
import org.palabre.accounts.entity.ApiToken;
import org.palabre.security.control.SecretTokens;

/** Personal API tokens: made, listed and revoked by their owner; the secret is shown only once. */
@ApplicationScoped
public class ApiTokens {

    /** Recognisable in a leaked file or a secret scanner. */
    static final String PREFIX = "palabre_";

    public static final int MAX_PER_MEMBER = 20;
    public static final int NAME_MAX_LENGTH = 60;

    @PersistenceContext
    EntityManager entityManager;

    @Inject
    PasswordConfirmation confirmation;

    /** A new token's secret, or what is wrong per field ("name", "password"; message keys). */
    public record Minted(Optional<String> secret, Map<String, String> problems) {}

    /**
     * Makes a token when the member's password is right: a token outlives sessions and opens the whole API, so
     * a stolen session alone must not be enough to make one that keeps working.
     */
    @Transactional
    public Minted create(Account owner, String name, String password) {
        Account account = entityManager.merge(owner);
        Map<String, String> problems = new LinkedHashMap<>();
        nameProblem(name).ifPresent(problem -> problems.put("name", problem));
        if (!confirmation.confirms(account, password)) {
            problems.put("password", "preferences.password.wrong");
        }
        if (problems.isEmpty() && list(account).size() >= MAX_PER_MEMBER) {
            problems.put("name", "tokens.tooMany");
        }
        if (!problems.isEmpty()) {
            return new Minted(Optional.empty(), problems);
        }
        String secret = PREFIX + SecretTokens.generate();
        entityManager.persist(new ApiToken(account, name.strip(), SecretTokens.hash(secret)));
        return new Minted(Optional.of(secret), Map.of());
    }

    @Transactional
    public List<ApiToken> list(Account owner) {
        return entityManager
                .createNamedQuery(ApiToken.OF_ACCOUNT, ApiToken.class)
                .setParameter("account", owner)
                .getResultList();
    }

    /** Revokes one of the owner's tokens; someone else's token id is simply not found. */
    @Transactional
    public boolean revoke(Account owner, long id) {
        return entityManager
                        .createNamedQuery(ApiToken.DELETE_OF_ACCOUNT)
                        .setParameter("id", id)
                        .setParameter("account", entityManager.merge(owner))
                        .executeUpdate()
                == 1;
    }

    /** Revokes every token of the account (password changed or reset, account suspended or deleted). */
    @Transactional
    public void revokeAll(Account owner) {
        entityManager
                .createNamedQuery(ApiToken.DELETE_ALL_OF_ACCOUNT)
                .setParameter("account", owner)
                .executeUpdate();
    }

    @Transactional
    public Optional<Account> accountFor(String secret) {
        if (secret == null || !secret.startsWith(PREFIX) || secret.length() != PREFIX.length() + SecretTokens.LENGTH) {
            return Optional.empty();
        }
        return entityManager
                .createNamedQuery(ApiToken.BY_HASH, ApiToken.class)
                .setParameter("hash", SecretTokens.hash(secret))
                .getResultStream()
                .findFirst()
                .map(ApiToken::account);
    }

    /** Why a token name is refused (a message key), or empty. */
    public static Optional<String> nameProblem(String name) {
        if (name == null || name.isBlank()) {
            return Optional.of("tokens.name.required");
        }
        if (name.strip().length() > NAME_MAX_LENGTH || name.chars().anyMatch(Character::isISOControl)) {
            return Optional.of("tokens.name.invalid");
        }
        return Optional.empty();
    }
}
