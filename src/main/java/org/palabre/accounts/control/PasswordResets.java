package org.palabre.accounts.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.Optional;
import org.palabre.accounts.entity.Account;
import org.palabre.accounts.entity.AccountToken;

/** "I forgot my password": a one-hour, single-use link by mail. Nobody learns whether an address is known. */
@ApplicationScoped
public class PasswordResets {

    @PersistenceContext
    EntityManager entityManager;

    @Inject
    AccountTokens tokens;

    @Inject
    AccountMails mails;

    @Inject
    PasswordHasher hasher;

    @Inject
    MemberSessions sessions;

    @Inject
    ApiTokens apiTokens;

    /** Mails a link when the address belongs to a member; does the same visible nothing otherwise. */
    @Transactional
    public void request(String email) {
        if (email == null || AccountRules.emailProblem(email).isPresent()) {
            return;
        }
        entityManager
                .createNamedQuery(Account.BY_EMAIL, Account.class)
                .setParameter("key", Account.loginKey(email))
                .getResultStream()
                .findFirst()
                .ifPresent(account ->
                        mails.resetPassword(account, tokens.issue(account, AccountToken.Purpose.RESET_PASSWORD)));
    }

    @Transactional
    public boolean canReset(String token) {
        return tokens.find(token, AccountToken.Purpose.RESET_PASSWORD).isPresent();
    }

    /**
     * Sets the new password, signs the member out everywhere and revokes every API token (whoever knew the old
     * password is out, including through a token made with it);
     * empty when the link is unknown, used or expired. Following the link also proves the address.
     */
    @Transactional
    public Optional<Account> reset(String token, String newPassword) {
        return tokens.redeem(token, AccountToken.Purpose.RESET_PASSWORD).map(account -> {
            account.changePasswordHash(hasher.hash(newPassword));
            account.verifyEmail();
            sessions.closeAll(account);
            apiTokens.revokeAll(account);
            mails.passwordChanged(account);
            return account;
        });
    }
}
