package org.palabre.notifications.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.palabre.accounts.control.CurrentAccount;
import org.palabre.accounts.entity.Account;
import org.palabre.accounts.entity.Role;
import org.palabre.notifications.control.Notifications;
import org.palabre.web.control.Pages;

/** The member's notifications page; opening one goes to its post and marks it read. Works without JavaScript. */
@Path("notifications")
@Produces("text/html;charset=UTF-8")
@RequestScoped
@Transactional
public class NotificationsResource {

    static final int SHOWN = 100;

    @Inject
    CurrentAccount currentAccount;

    @Inject
    Notifications notifications;

    @Inject
    Pages pages;

    @GET
    @Operation(hidden = true)
    public String list() {
        Account member = currentAccount.require(Role.MEMBER);
        return pages.render(
                "notifications/notifications.jte", Map.of("notifications", notifications.latest(member, SHOWN)));
    }

    @GET
    @Path("{id: [0-9]{1,18}}")
    @Operation(hidden = true)
    public Response open(@PathParam("id") long id) {
        String path =
                notifications.open(currentAccount.require(Role.MEMBER), id).orElseThrow(NotFoundException::new);
        return Response.seeOther(URI.create(path)).build();
    }

    @POST
    @Path("{id: [0-9]{1,18}}/read")
    @Operation(hidden = true)
    public Response markRead(@PathParam("id") long id) {
        if (!notifications.markRead(currentAccount.require(Role.MEMBER), id)) {
            throw new NotFoundException();
        }
        return backToList();
    }

    @POST
    @Path("read-all")
    @Operation(hidden = true)
    public Response markAllRead() {
        notifications.markAllRead(currentAccount.require(Role.MEMBER));
        return backToList();
    }

    private static Response backToList() {
        return Response.seeOther(URI.create("/notifications")).build();
    }
}
