package org.palabre.flags.boundary;

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
import org.palabre.flags.control.ReviewQueue;
import org.palabre.moderation.control.MemberRestrictions;
import org.palabre.web.control.Pages;
import org.palabre.web.control.Refusal;

/** The review queue of flagged posts and its decisions, as plain forms. */
@Path("review")
@Produces("text/html;charset=UTF-8")
@RequestScoped
@Transactional
public class ReviewResource {

    @Inject
    CurrentAccount currentAccount;

    @Inject
    ReviewQueue queue;

    @Inject
    MemberRestrictions restrictions;

    @Inject
    Pages pages;

    @GET
    @Operation(hidden = true)
    public String page() {
        Account moderator = reviewer(currentAccount, queue);
        return pages.render(
                "moderation/review.jte",
                Map.of("items", queue.pending(moderator), "canActOnMembers", restrictions.canActOnMembers(moderator)));
    }

    @POST
    @Path("{postId: [0-9]{1,18}}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(hidden = true)
    public Response decide(
            @PathParam("postId") long postId,
            @FormParam("decision") String decision,
            @FormParam("reason") String reason) {
        Account moderator = reviewer(currentAccount, queue);
        queue.decide(moderator, postId, decisionOf(decision), "agree-delete".equals(decision), reason);
        return Response.seeOther(URI.create("/review")).build();
    }

    /** agree, agree-delete, disagree or ignore. */
    static ReviewQueue.Decision decisionOf(String value) {
        if (value == null) {
            throw new jakarta.ws.rs.BadRequestException("review.unknownDecision");
        }
        return switch (value) {
            case "agree", "agree-delete" -> ReviewQueue.Decision.AGREE;
            case "disagree" -> ReviewQueue.Decision.DISAGREE;
            case "ignore" -> ReviewQueue.Decision.IGNORE;
            default -> throw new jakarta.ws.rs.BadRequestException("review.unknownDecision");
        };
    }

    /** Signed in, and moderating at least one category; anyone else gets a 403 (a visitor is sent to sign in). */
    static Account reviewer(CurrentAccount currentAccount, ReviewQueue queue) {
        Account member = currentAccount.require(Role.MEMBER);
        if (!queue.canReview(member)) {
            throw new Refusal(403, "moderation.forbidden");
        }
        return member;
    }
}
