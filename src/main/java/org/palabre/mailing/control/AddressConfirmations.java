package org.palabre.mailing.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.Locale;
import java.util.Optional;
import org.palabre.accounts.control.AccountLimits;
import org.palabre.accounts.control.AccountTokens;
import org.palabre.accounts.entity.Account;
import org.palabre.accounts.entity.AccountToken;
import org.palabre.mail.control.Mailer;
import org.palabre.mail.control.OutgoingMail;
import org.palabre.security.control.RateLimits;
import org.palabre.security.control.SiteAddress;
import org.palabre.web.control.Messages;

/**
 * A member whose mail stopped after bounces confirms their address again: a single-use link is mailed to it (an
 * account mail, which bounces never stop), and following it clears the score, so mail about posts resumes.
 */
@ApplicationScoped
public class AddressConfirmations {

    @PersistenceContext
    EntityManager entityManager;

    @Inject
    AccountTokens tokens;

    @Inject
    Mailer mailer;

    @Inject
    SiteAddress siteAddress;

    @Inject
    RateLimits limits;

    @Inject
    BounceScores scores;

    @Transactional
    public void send(Account member) {
        limits.take(AccountLimits.MAIL_PER_ADDRESS, Account.loginKey(member.email()));
        Account account = entityManager.merge(member);
        String link = siteAddress.baseUrl() + "/mail/confirm-address/"
                + tokens.issue(account, AccountToken.Purpose.CONFIRM_ADDRESS);
        Messages texts = Messages.in(Locale.forLanguageTag(account.language()));
        mailer.send(OutgoingMail.plain(
                account.email(),
                texts.get("mail.confirmAddress.subject", mailer.siteName()),
                texts.get("mail.confirmAddress.body", account.username(), link, mailer.siteName())));
    }

    @Transactional
    public boolean canConfirm(String token) {
        return tokens.find(token, AccountToken.Purpose.CONFIRM_ADDRESS).isPresent();
    }

    /** The member whose address is confirmed; empty when the link is dead. */
    @Transactional
    public Optional<Account> confirm(String token) {
        Optional<Account> member = tokens.redeem(token, AccountToken.Purpose.CONFIRM_ADDRESS);
        member.ifPresent(account -> scores.confirmed(account.id()));
        return member;
    }
}
