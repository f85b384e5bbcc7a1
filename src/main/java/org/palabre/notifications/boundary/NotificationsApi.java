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
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.palabre.accounts.control.CurrentAccount;
import org.palabre.accounts.entity.Account;
import org.palabre.accounts.entity.Role;
import org.palabre.notifications.control.NotificationView;
import org.palabre.notifications.control.Notifications;

/** The caller's notifications over JSON. */
@Path("api/notifications")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Notifications")
@RequestScoped
@Transactional
public class NotificationsApi {

    public record NotificationJson(
            long id, String kind, String actor, String topic, String path, Instant createdAt, boolean read) {
        static NotificationJson of(NotificationView view) {
            return new NotificationJson(
                    view.id(),
                    view.kind().name(),
                    view.byDeletedAccount() ? null : view.actorUsername(),
                    view.topicTitle(),
                    view.postPath(),
                    view.createdAt(),
                    view.isRead());
        }
    }

    public record Listing(List<NotificationJson> notifications, long unread) {}

    @Inject
    CurrentAccount currentAccount;

    @Inject
    Notifications notifications;

    @GET
    @Operation(summary = "The caller's latest notifications, newest first, with the number unread")
    public Listing list() {
        Account member = currentAccount.require(Role.MEMBER);
        return new Listing(
                notifications.latest(member, NotificationsResource.SHOWN).stream()
                        .map(NotificationJson::of)
                        .toList(),
                notifications.unread(member));
    }

    @POST
    @Path("{id: [0-9]{1,18}}/read")
    @Operation(summary = "Mark one notification read")
    public Response markRead(@PathParam("id") long id) {
        if (!notifications.markRead(currentAccount.require(Role.MEMBER), id)) {
            throw new NotFoundException();
        }
        return Response.noContent().build();
    }

    @POST
    @Path("read-all")
    @Operation(summary = "Mark all the caller's notifications read")
    public Response markAllRead() {
        notifications.markAllRead(currentAccount.require(Role.MEMBER));
        return Response.noContent().build();
    }
}
