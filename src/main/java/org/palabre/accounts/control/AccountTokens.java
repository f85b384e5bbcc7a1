package org.palabre.accounts.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.Optional;
import org.palabre.accounts.entity.Account;
import org.palabre.accounts.entity.AccountToken;
import org.palabre.security.control.SecretTokens;

/** Issues and redeems the single-use links mailed to members. */
@ApplicationScoped
public class AccountTokens {

    @PersistenceContext
    EntityManager entityManager;

    /** A new link for the purpose; earlier unused links of the same purpose stop working. */
    @Transactional(Transactional.TxType.MANDATORY)
    public String issue(Account account, AccountToken.Purpose purpose) {
        retireUnused(account, purpose);
        String token = newToken();
        entityManager.persist(new AccountToken(account, purpose, SecretTokens.hash(token)));
        return token;
    }

    /** A link confirming a new address; an earlier, unconfirmed request for another address dies. */
    @Transactional(Transactional.TxType.MANDATORY)
    public String issueForNewEmail(Account account, String newEmail) {
        retireUnused(account, AccountToken.Purpose.CHANGE_EMAIL);
        String token = newToken();
        entityManager.persist(AccountToken.forNewEmail(account, newEmail, SecretTokens.hash(token)));
        return token;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void retireUnused(Account account, AccountToken.Purpose purpose) {
        entityManager
                .createNamedQuery(AccountToken.RETIRE_UNUSED)
                .setParameter("now", Instant.now())
                .setParameter("account", account)
                .setParameter("purpose", purpose)
                .executeUpdate();
    }

    /** Forgets every link mailed to the account, used or not (they may hold a new address). */
    @Transactional(Transactional.TxType.MANDATORY)
    public void deleteAll(Account account) {
        entityManager
                .createNamedQuery(AccountToken.DELETE_OF_ACCOUNT)
                .setParameter("account", account)
                .executeUpdate();
    }

    private static String newToken() {
        return SecretTokens.generate();
    }

    /** The token if it exists, is for this purpose, unused and unexpired; nothing is changed. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Optional<AccountToken> find(String token, AccountToken.Purpose purpose) {
        if (token == null || token.length() != SecretTokens.LENGTH) {
            return Optional.empty();
        }
        Instant now = Instant.now();
        return entityManager
                .createNamedQuery(AccountToken.BY_HASH, AccountToken.class)
                .setParameter("hash", SecretTokens.hash(token))
                .getResultStream()
                .findFirst()
                .filter(found -> found.isUsableFor(purpose, now));
    }

    /** Uses the token up: a second redemption of the same link finds nothing. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Optional<Account> redeem(String token, AccountToken.Purpose purpose) {
        return redeemToken(token, purpose).map(AccountToken::account);
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public Optional<AccountToken> redeemToken(String token, AccountToken.Purpose purpose) {
        return find(token, purpose).map(found -> {
            found.markUsed(Instant.now());
            return found;
        });
    }
}
