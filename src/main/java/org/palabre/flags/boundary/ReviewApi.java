package org.palabre.flags.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.palabre.accounts.control.CurrentAccount;
import org.palabre.accounts.entity.Account;
import org.palabre.accounts.entity.Role;
import org.palabre.flags.control.ReviewQueue;
import org.palabre.moderation.boundary.ModerationLogResource;
import org.palabre.moderation.control.MemberRestrictions;
import org.palabre.moderation.control.ModerationLogEntries;
import org.palabre.web.control.InvalidInput;
import org.palabre.web.control.Refusal;

/** The review queue, its decisions, actions on members and the moderation log over JSON, with the pages' checks. */
@Path("api/moderation")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Moderation")
@RequestScoped
@Transactional
public class ReviewApi {

    /** decision: agree, agree-delete, disagree or ignore. */
    public record Decision(String decision, String reason) {}

    /** days from 1 to 3650; the reason is required. */
    public record Restriction(Integer days, String reason) {}

    public record Reason(String reason) {}

    public record Outcome(String outcome) {}

    public record PendingSuspension(
            long id, String member, int days, String reason, String requestedBy, Instant requestedAt) {}

    @Inject
    CurrentAccount currentAccount;

    @Inject
    ReviewQueue queue;

    @Inject
    MemberRestrictions restrictions;

    @Inject
    ModerationLogEntries entries;

    @GET
    @Path("review")
    @Operation(summary = "Flagged posts awaiting a decision, oldest first, that the caller moderates")
    public List<ReviewQueue.Item> review() {
        return queue.pending(ReviewResource.reviewer(currentAccount, queue));
    }

    @POST
    @Path("review/{postId}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Decide the open flags of a post (moderators of its category)")
    public Outcome decide(@PathParam("postId") long postId, Decision form) {
        Decision given = form == null ? new Decision(null, null) : form;
        queue.decide(
                ReviewResource.reviewer(currentAccount, queue),
                postId,
                ReviewResource.decisionOf(given.decision()),
                "agree-delete".equals(given.decision()),
                given.reason());
        return new Outcome("DONE");
    }

    @POST
    @Path("members/{username}/silence")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Silence a member for some days (site moderators): they read but cannot write")
    public Outcome silence(@PathParam("username") String username, Restriction form) {
        Account actor = moderator();
        Restriction given = valid(form);
        restrictions.silence(actor, username, given.days(), given.reason());
        return new Outcome("DONE");
    }

    @POST
    @Path("members/{username}/suspend")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "Suspend a member for some days (site moderators); PENDING when a second moderator must confirm")
    public Outcome suspend(@PathParam("username") String username, Restriction form) {
        Account actor = moderator();
        Restriction given = valid(form);
        return new Outcome(restrictions
                .suspend(actor, username, given.days(), given.reason())
                .name());
    }

    @POST
    @Path("members/{username}/lift-silence")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "End a member's silence now")
    public Outcome liftSilence(@PathParam("username") String username, Reason form) {
        restrictions.liftSilence(moderator(), username, form == null ? null : form.reason());
        return new Outcome("DONE");
    }

    @POST
    @Path("members/{username}/lift-suspension")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "End a member's suspension now")
    public Outcome liftSuspension(@PathParam("username") String username, Reason form) {
        restrictions.liftSuspension(moderator(), username, form == null ? null : form.reason());
        return new Outcome("DONE");
    }

    @POST
    @Path("members/{username}/delete")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Delete a spammer: account and posts removed, address blocked from signing up")
    public Outcome deleteSpammer(@PathParam("username") String username, Reason form) {
        restrictions.deleteSpammer(moderator(), username, form == null ? null : form.reason());
        return new Outcome("DONE");
    }

    @GET
    @Path("suspension-requests")
    @Operation(summary = "Suspensions waiting for a second moderator")
    public List<PendingSuspension> requests() {
        moderator();
        return restrictions.pendingRequests().stream()
                .map(r -> new PendingSuspension(
                        r.id(),
                        r.target().username(),
                        r.days(),
                        r.reason(),
                        r.requestedBy() == null ? null : r.requestedBy().username(),
                        r.createdAt()))
                .toList();
    }

    @POST
    @Path("suspension-requests/{id}/{decision}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "Confirm or reject a pending suspension (decision: confirm or reject; not by the one who asked)")
    public Response decideRequest(@PathParam("id") long id, @PathParam("decision") String decision, Reason form) {
        if (!"confirm".equals(decision) && !"reject".equals(decision)) {
            throw new jakarta.ws.rs.NotFoundException();
        }
        restrictions.decide(moderator(), id, "confirm".equals(decision), form == null ? null : form.reason());
        return Response.ok(new Outcome("confirm".equals(decision) ? "CONFIRMED" : "REJECTED"))
                .build();
    }

    @GET
    @Path("log")
    @Operation(summary = "The moderation log, newest first, 50 per page (moderators)")
    public ModerationLogEntries.Page log(
            @QueryParam("action") String action, @QueryParam("actor") String actor, @QueryParam("page") Integer page) {
        currentAccount.require(Role.MODERATOR);
        return entries.staffLog(ModerationLogResource.actionFilter(action), actor, null, null, page == null ? 1 : page);
    }

    private Account moderator() {
        Account member = currentAccount.require(Role.MEMBER);
        if (!restrictions.canActOnMembers(member)) {
            throw new Refusal(403, "moderation.forbidden");
        }
        return member;
    }

    private static Restriction valid(Restriction form) {
        Restriction given = form == null ? new Restriction(null, null) : form;
        Map<String, String> problems = MemberRestrictions.problems(given.days(), given.reason());
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        return given;
    }
}
