package org.palabre.invites.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import org.palabre.accounts.control.AccountExport;
import org.palabre.accounts.control.OwnDataSection;
import org.palabre.accounts.entity.Account;
import org.palabre.invites.entity.Invite;

/** The invitations a member made, in their data export: notes and dates, never the link or who used it. */
@ApplicationScoped
public class InvitationsInOwnData implements OwnDataSection {

    @Inject
    Invites invites;

    @Override
    public String key() {
        return "invitations";
    }

    @Override
    public List<AccountExport.Invitation> of(Account member) {
        Instant now = Instant.now();
        return invites.madeBy(member).stream()
                .map(invite -> exported(invite, now))
                .toList();
    }

    public static AccountExport.Invitation exported(Invite invite, Instant now) {
        return new AccountExport.Invitation(invite.note(), invite.createdAt(), invite.expiresAt(), invite.state(now));
    }
}
