package org.palabre.accounts.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Locale;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.palabre.accounts.entity.Account;
import org.palabre.accounts.entity.PostsChoice;
import org.palabre.mail.control.Mailer;
import org.palabre.mail.control.OutgoingMail;
import org.palabre.security.control.SiteAddress;
import org.palabre.web.control.Messages;

/** The mails about a member's own account, in the member's language. */
@ApplicationScoped
public class AccountMails {

    @Inject
    Mailer mailer;

    @Inject
    SiteAddress siteAddress;

    @Inject
    @ConfigProperty(name = "palabre.site.name", defaultValue = "Palabre")
    String siteName;

    public void verifyAddress(Account account, String token) {
        send(account, account.email(), "mail.verify", siteAddress.baseUrl() + "/signup/verify/" + token);
    }

    /** To an address someone tried to sign up with again: its owner learns it, the stranger does not. */
    public void alreadyRegistered(Account account) {
        send(account, account.email(), "mail.alreadyRegistered", siteAddress.baseUrl() + "/password/reset");
    }

    public void resetPassword(Account account, String token) {
        send(account, account.email(), "mail.reset", siteAddress.baseUrl() + "/password/reset/" + token);
    }

    public void passwordChanged(Account account) {
        send(account, account.email(), "mail.passwordChanged", siteAddress.baseUrl() + "/password/reset");
    }

    public void confirmNewAddress(Account account, String newEmail, String token) {
        send(account, newEmail, "mail.confirmEmail", siteAddress.baseUrl() + "/email/confirm/" + token);
    }

    /** To the current address, so that a member whose session was stolen learns of the attempt. */
    public void emailChangeRequested(Account account, String newEmail) {
        send(account, account.email(), "mail.emailChangeRequested", newEmail);
    }

    public void emailChanged(Account account, String previousEmail) {
        send(account, previousEmail, "mail.emailChanged", account.email());
    }

    /** To the address the account had, so that its owner has a trace (and learns if it was not them). */
    public void accountDeleted(Account account, PostsChoice postsChoice) {
        Messages messages = Messages.in(Locale.forLanguageTag(account.language()));
        send(
                account,
                account.email(),
                "mail.accountDeleted",
                messages.get("mail.accountDeleted.posts." + postsChoice.name()));
    }

    private void send(Account account, String to, String kind, String link) {
        Messages messages = Messages.in(Locale.forLanguageTag(account.language()));
        mailer.send(OutgoingMail.plain(
                to,
                messages.get(kind + ".subject", siteName),
                messages.get(kind + ".body", account.username(), link, siteName)));
    }
}
