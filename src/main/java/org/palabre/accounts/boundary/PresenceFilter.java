package org.palabre.accounts.boundary;

import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.ext.Provider;
import org.palabre.accounts.control.CurrentAccount;
import org.palabre.accounts.control.Presence;

/** Notes that a signed-in member is on the site, once their request is answered. */
@Provider
public class PresenceFilter implements ContainerResponseFilter {

    @Inject
    CurrentAccount currentAccount;

    @Inject
    Presence presence;

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        currentAccount.get().ifPresent(account -> presence.seen(account.id()));
    }
}
