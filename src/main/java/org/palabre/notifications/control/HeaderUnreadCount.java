package org.palabre.notifications.control;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import org.palabre.accounts.control.CurrentAccount;
import org.palabre.web.control.UnreadCount;

/** The header's unread count, for the page layout that the kernel draws. */
@RequestScoped
public class HeaderUnreadCount implements UnreadCount {

    @Inject
    CurrentAccount currentAccount;

    @Inject
    Notifications notifications;

    @Override
    public long ofSignedInReader() {
        return currentAccount.get().map(notifications::unread).orElse(0L);
    }
}
