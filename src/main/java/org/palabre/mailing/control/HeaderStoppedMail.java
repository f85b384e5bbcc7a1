package org.palabre.mailing.control;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import org.palabre.accounts.control.CurrentAccount;
import org.palabre.web.control.StoppedMail;

/** The layout's notice that mail stopped, for the member signed in on this request. */
@RequestScoped
public class HeaderStoppedMail implements StoppedMail {

    @Inject
    CurrentAccount currentAccount;

    @Inject
    BounceScores scores;

    @Override
    public boolean forSignedInReader() {
        return currentAccount.get().map(member -> scores.stopped(member.id())).orElse(false);
    }
}
