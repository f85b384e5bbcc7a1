package org.palabre.accounts.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.palabre.accounts.entity.Account;
import org.palabre.accounts.entity.AccountToken;
import org.palabre.web.control.LanguageChoice;

/**
 * A member changing their own account: language and time zone, password, address. Each change answers
 * with the problems per field (message keys), empty when it went through.
 */
@ApplicationScoped
public class AccountSettings {

    @PersistenceContext
    EntityManager entityManager;

    @Inject
    PasswordHasher hasher;

    @Inject
    PasswordConfirmation confirmation;

    @Inject
    ApiTokens apiTokens;

    @Inject
    AccountTokens tokens;

    @Inject
    AccountMails mails;

    @Inject
    MemberSessions sessions;

    @Transactional
    public Map<String, String> choosePreferences(Account member, String language, String timeZone) {
        Map<String, String> problems = new LinkedHashMap<>();
        if (!LanguageChoice.SUPPORTED.contains(language)) {
            problems.put("language", "preferences.language.unknown");
        }
        if (!isTimeZone(timeZone)) {
            problems.put("timeZone", "preferences.timeZone.unknown");
        }
        if (problems.isEmpty()) {
            entityManager.merge(member).choosePreferences(language, timeZone);
        }
        return problems;
    }

    /**
     * Changes the password, ends the member's other sessions and revokes every API token (whoever knew the old
     * password may have made one), and tells them by mail.
     */
    @Transactional
    public Map<String, String> changePassword(
            Account member, String currentSessionToken, String current, String replacement, String replacementAgain) {
        Account account = entityManager.merge(member);
        Map<String, String> problems = new LinkedHashMap<>();
        if (!confirmation.confirms(account, current)) {
            problems.put("currentPassword", "preferences.password.wrong");
        }
        AccountRules.passwordProblem(replacement).ifPresent(p -> problems.put("newPassword", p));
        if (replacement != null && !replacement.equals(replacementAgain)) {
            problems.putIfAbsent("newPasswordAgain", "account.password.mismatch");
        }
        if (problems.isEmpty()) {
            account.changePasswordHash(hasher.hash(replacement));
            sessions.closeAllBut(account, currentSessionToken);
            apiTokens.revokeAll(account);
            mails.passwordChanged(account);
        }
        return problems;
    }

    /**
     * Mails a confirmation link to the new address and a notice to the current one; the address changes
     * only when the link is followed.
     */
    @Transactional
    public Map<String, String> requestEmailChange(Account member, String password, String newEmail) {
        Account account = entityManager.merge(member);
        Map<String, String> problems = new LinkedHashMap<>();
        AccountRules.emailProblem(newEmail).ifPresent(p -> problems.put("email", p));
        if (!confirmation.confirms(account, password)) {
            problems.put("emailPassword", "preferences.password.wrong");
        }
        if (problems.isEmpty() && Account.loginKey(newEmail).equals(Account.loginKey(account.email()))) {
            problems.put("email", "preferences.email.same");
        }
        if (problems.isEmpty()) {
            // An address already in use gets no link: confirming it would fail anyway, and saying so here
            // would tell the member who else is a member.
            if (!addressTaken(newEmail)) {
                mails.confirmNewAddress(account, newEmail.strip(), tokens.issueForNewEmail(account, newEmail));
            }
            mails.emailChangeRequested(account, newEmail.strip());
        }
        return problems;
    }

    @Transactional
    public boolean canConfirmEmailChange(String token) {
        return tokens.find(token, AccountToken.Purpose.CHANGE_EMAIL).isPresent();
    }

    /** The account with its new address; empty when the link is dead or the address was taken meanwhile. */
    @Transactional
    public Optional<Account> confirmEmailChange(String token) {
        Optional<AccountToken> redeemed = tokens.redeemToken(token, AccountToken.Purpose.CHANGE_EMAIL);
        if (redeemed.isEmpty() || addressTaken(redeemed.get().newEmail())) {
            return Optional.empty();
        }
        Account account = redeemed.get().account();
        String previous = account.email();
        account.changeEmail(redeemed.get().newEmail());
        tokens.retireUnused(account, AccountToken.Purpose.CHANGE_EMAIL);
        mails.emailChanged(account, previous);
        return Optional.of(account);
    }

    private boolean addressTaken(String email) {
        return !entityManager
                .createNamedQuery(Account.BY_EMAIL, Account.class)
                .setParameter("key", Account.loginKey(email))
                .getResultList()
                .isEmpty();
    }

    static boolean isTimeZone(String zone) {
        if (zone == null || zone.isBlank() || zone.length() > 64) {
            return false;
        }
        try {
            return ZoneId.getAvailableZoneIds().contains(ZoneId.of(zone).getId());
        } catch (DateTimeException e) {
            return false;
        }
    }
}
