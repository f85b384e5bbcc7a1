package org.palabre.moderation.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.palabre.accounts.control.CurrentAccount;
import org.palabre.accounts.entity.Account;
import org.palabre.accounts.entity.Role;
import org.palabre.moderation.control.ApprovalQueue;
import org.palabre.moderation.control.Approvals;
import org.palabre.moderation.control.ModerationPermissions;
import org.palabre.web.control.Pages;

/** The approval queue: held posts, oldest first, to approve or reject; and posts a watched word flagged. */
@Path("review/approvals")
@Produces("text/html;charset=UTF-8")
@RequestScoped
@Transactional
public class ApprovalsResource {

    @Inject
    CurrentAccount currentAccount;

    @Inject
    ApprovalQueue queue;

    @Inject
    Approvals approvals;

    @Inject
    ModerationPermissions permissions;

    @Inject
    Pages pages;

    @GET
    @Operation(hidden = true)
    public String page() {
        Account moderator = reviewer();
        return pages.render(
                "moderation/approvals.jte", Map.of("held", queue.held(moderator), "flagged", queue.flagged(moderator)));
    }

    @POST
    @Path("{id: [0-9]{1,18}}/approve")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(hidden = true)
    public Response approve(@PathParam("id") long id) {
        approvals.approve(reviewer(), id);
        return back();
    }

    @POST
    @Path("{id: [0-9]{1,18}}/reject")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(hidden = true)
    public Response reject(@PathParam("id") long id, @FormParam("reason") String reason) {
        approvals.reject(reviewer(), id, reason);
        return back();
    }

    @POST
    @Path("flags/{id: [0-9]{1,18}}/dismiss")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(hidden = true)
    public Response dismiss(@PathParam("id") long id) {
        queue.dismiss(reviewer(), id);
        return back();
    }

    private Account reviewer() {
        Account actor = currentAccount.require(Role.MEMBER);
        ModerationPermissions.require(permissions.canReview(actor));
        return actor;
    }

    private static Response back() {
        return Response.seeOther(URI.create("/review/approvals")).build();
    }
}
