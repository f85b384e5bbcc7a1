package org.palabre.admin.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.palabre.accounts.control.CurrentAccount;
import org.palabre.accounts.entity.Role;
import org.palabre.mailing.control.BounceReview;
import org.palabre.mailing.control.BounceScores;
import org.palabre.web.control.Pages;

/** Bounces for administrators: each address's score, whose mail is stopped, the latest bounces with their words. */
@Path("admin/mail/bounces")
@Produces("text/html;charset=UTF-8")
@RequestScoped
@Transactional
public class MailBouncesResource {

    private static final int PAGE_SIZE = 100;

    @Inject
    CurrentAccount currentAccount;

    @Inject
    BounceReview review;

    @Inject
    BounceScores scores;

    @Inject
    Pages pages;

    @GET
    @Operation(hidden = true)
    public String page() {
        currentAccount.require(Role.ADMIN);
        return pages.render(
                "mail/bounces.jte", Map.of("scores", review.scores(PAGE_SIZE), "bounces", review.latest(PAGE_SIZE)));
    }

    /** An administrator who knows the address works again (the member said so) clears its score. */
    @POST
    @Path("{accountId}/reset")
    @Operation(hidden = true)
    public Response reset(@PathParam("accountId") long accountId) {
        currentAccount.require(Role.ADMIN);
        scores.confirmed(accountId);
        return Response.seeOther(URI.create("/admin/mail/bounces")).build();
    }
}
