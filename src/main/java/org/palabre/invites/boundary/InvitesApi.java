package org.palabre.invites.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.palabre.accounts.control.CurrentAccount;
import org.palabre.accounts.entity.Account;
import org.palabre.accounts.entity.Role;
import org.palabre.invites.control.Invites;
import org.palabre.invites.entity.Invite;
import org.palabre.security.control.SiteAddress;
import org.palabre.web.control.InvalidInput;

/** Invitation links over JSON, for moderators and administrators. */
@Path("api/invites")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Invitations")
@RequestScoped
@Transactional
public class InvitesApi {

    public record Listed(long id, String note, String madeBy, Instant expiresAt, String state) {
        static Listed of(Invite invite, Instant now) {
            return new Listed(
                    invite.id(), invite.note(), invite.createdBy().username(), invite.expiresAt(), invite.state(now));
        }
    }

    public record NewInvite(String note, Integer days) {}

    /** The only time the link is ever shown. */
    public record Made(String link, Instant expiresAt) {}

    @Inject
    CurrentAccount currentAccount;

    @Inject
    Invites invites;

    @Inject
    SiteAddress siteAddress;

    @GET
    @Operation(summary = "The newest invitation links and their state (never the links themselves)")
    public List<Listed> list() {
        currentAccount.require(Role.MODERATOR);
        Instant now = Instant.now();
        return invites.newest(100).stream()
                .map(invite -> Listed.of(invite, now))
                .toList();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Make an invitation link, valid 1 to 30 days; the link is in this answer only")
    public Response create(NewInvite form) {
        Account staff = currentAccount.require(Role.MODERATOR);
        NewInvite given = form == null ? new NewInvite(null, null) : form;
        Map<String, String> problems = new HashMap<>();
        int days = given.days() == null ? 7 : given.days();
        if (days < 1 || days > Invites.MAX_DAYS) {
            problems.put("days", "invites.days.invalid");
        }
        String note = given.note();
        if (note != null
                && (note.strip().length() > Invites.NOTE_MAX_LENGTH
                        || note.chars().anyMatch(Character::isISOControl))) {
            problems.put("note", "invites.note.invalid");
        }
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        String token = invites.create(staff, note, days);
        return Response.status(Response.Status.CREATED)
                .entity(new Made(
                        siteAddress.baseUrl() + "/signup?invite=" + token,
                        Instant.now().plusSeconds(days * 86_400L)))
                .header("Cache-Control", "no-store")
                .build();
    }

    @POST
    @Path("{id: [0-9]{1,18}}/revoke")
    @Operation(summary = "Revoke a link (your own; administrators any)")
    public Response revoke(@PathParam("id") long id) {
        if (!invites.revoke(currentAccount.require(Role.MODERATOR), id)) {
            throw new NotFoundException();
        }
        return Response.noContent().build();
    }
}
