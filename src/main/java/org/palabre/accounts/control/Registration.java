package org.palabre.accounts.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.palabre.accounts.entity.Account;
import org.palabre.accounts.entity.AccountStatus;
import org.palabre.accounts.entity.AccountToken;
import org.palabre.accounts.entity.BlockedEmail;
import org.palabre.security.control.RateLimits;
import org.palabre.settings.control.SiteSettings;
import org.palabre.settings.entity.RegistrationMode;

/**
 * Joining the forum: sign up, then follow the link mailed to the address. The answer to a sign-up never
 * tells whether the address already has an account (its owner gets a mail instead).
 */
@ApplicationScoped
public class Registration {

    @PersistenceContext
    EntityManager entityManager;

    @Inject
    PasswordHasher hasher;

    @Inject
    AccountTokens tokens;

    @Inject
    AccountMails mails;

    @Inject
    SiteSettings siteSettings;

    @Inject
    Instance<Invitations> invitations;

    @Inject
    RateLimits rateLimits;

    @Inject
    NameClaims nameClaims;

    /** Whether a visitor may see the sign-up form: joining is open, or they hold a usable invitation. */
    @Transactional
    public boolean mayJoin(String inviteToken) {
        return switch (siteSettings.registrationMode()) {
            case OPEN -> true;
            case INVITE_ONLY -> invitations.isResolvable() && invitations.get().isUsable(inviteToken);
            case CLOSED -> false;
        };
    }

    /** Whether the visitor arrives with an invitation that still works: sign-ups by invitation are not rate limited. */
    @Transactional
    public boolean holdsUsableInvite(String inviteToken) {
        return inviteToken != null
                && !inviteToken.isBlank()
                && invitations.isResolvable()
                && invitations.get().isUsable(inviteToken);
    }

    @Transactional
    public RegistrationMode mode() {
        return siteSettings.registrationMode();
    }

    /** What is wrong with each field (message keys); empty when the sign-up went through. */
    @Transactional
    public Map<String, String> signUp(
            String username, String email, String password, String passwordAgain, String language, String inviteToken) {
        Map<String, String> problems = new LinkedHashMap<>();
        if (!mayJoin(inviteToken)) {
            problems.put("invite", "signup.invite.invalid");
            return problems;
        }
        AccountRules.usernameProblem(username).ifPresent(p -> problems.put("username", p));
        AccountRules.emailProblem(email).ifPresent(p -> problems.put("email", p));
        AccountRules.passwordProblem(password).ifPresent(p -> problems.put("password", p));
        if (password != null && !password.equals(passwordAgain)) {
            problems.putIfAbsent("passwordAgain", "account.password.mismatch");
        }
        if (problems.isEmpty() && entityManager.find(BlockedEmail.class, BlockedEmail.hashOf(email)) != null) {
            problems.put("email", "account.email.blocked");
        }
        if (!problems.isEmpty()) {
            return problems;
        }
        // Unverified sign-ups hold their name only as long as their link lives.
        entityManager
                .createNamedQuery(Account.DELETE_UNVERIFIED_BEFORE)
                .setParameter("pending", AccountStatus.PENDING)
                .setParameter("before", Instant.now().minus(AccountToken.Purpose.VERIFY_EMAIL.lifetime()))
                .executeUpdate();
        if (nameClaims.isTakenAsUsername(username)) { // a group's name too: @name must say whom it means
            problems.put("username", "account.username.taken");
            return problems;
        }
        // The slow hash comes before the branch, so that both ways cost the same (each then writes one mail to
        // the same queue): the time of the answer must not tell whether the address has an account.
        String passwordHash = hasher.hash(password);
        Optional<Account> existing = entityManager
                .createNamedQuery(Account.BY_EMAIL, Account.class)
                .setParameter("key", Account.loginKey(email))
                .getResultStream()
                .findFirst();
        // Each sign-up mails the address: an address gets as few sign-up mails as password-reset mails.
        rateLimits.take(AccountLimits.MAIL_PER_ADDRESS, Account.loginKey(email));
        if (existing.isPresent()) {
            mails.alreadyRegistered(existing.get());
            return problems;
        }
        Account account = Account.signedUp(username, email, passwordHash, language);
        entityManager.persist(account);
        // Used up in every mode, not only invite-only: an invitation also lifts the sign-up limit, once.
        if (holdsUsableInvite(inviteToken)) {
            invitations.get().use(inviteToken, account);
        }
        mails.verifyAddress(account, tokens.issue(account, AccountToken.Purpose.VERIFY_EMAIL));
        return problems;
    }

    /** Whether the verification link is still good, without using it (the page asks for a click first). */
    @Transactional
    public boolean canVerify(String token) {
        return tokens.find(token, AccountToken.Purpose.VERIFY_EMAIL).isPresent();
    }

    @Transactional
    public Optional<Account> verify(String token) {
        return tokens.redeem(token, AccountToken.Purpose.VERIFY_EMAIL).map(account -> {
            account.verifyEmail();
            return account;
        });
    }
}
