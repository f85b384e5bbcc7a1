package org.palabre.moderation.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.palabre.accounts.control.CurrentAccount;
import org.palabre.accounts.entity.Account;
import org.palabre.accounts.entity.Role;
import org.palabre.moderation.control.MemberRestrictions;
import org.palabre.moderation.entity.SuspensionRequest;
import org.palabre.web.control.Confirmation;
import org.palabre.web.control.Pages;
import org.palabre.web.control.Refusal;

/** Site moderators' actions on a member, and the suspensions waiting for a second moderator, as plain forms. */
@Path("moderation")
@Produces("text/html;charset=UTF-8")
@RequestScoped
@Transactional
public class MembersModerationResource {

    @Inject
    CurrentAccount currentAccount;

    @Inject
    MemberRestrictions restrictions;

    @Inject
    Pages pages;

    @GET
    @Path("members/{username}")
    @Operation(hidden = true)
    public String member(@PathParam("username") String username, @QueryParam("done") String done) {
        moderator();
        return render(username, done == null ? "" : "members.done." + done, Map.of(), 200)
                .getEntity()
                .toString();
    }

    @POST
    @Path("members/{username}/{action: silence|suspend}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(hidden = true)
    public Response restrict(
            @PathParam("username") String username,
            @PathParam("action") String action,
            @FormParam("days") String days,
            @FormParam("reason") String reason) {
        Account actor = moderator();
        Integer parsed = parse(days);
        Map<String, String> problems = MemberRestrictions.problems(parsed, reason);
        if (!problems.isEmpty()) {
            return render(username, "", problems, 422);
        }
        String done;
        if ("silence".equals(action)) {
            restrictions.silence(actor, username, parsed, reason);
            done = "silenced";
        } else {
            done = restrictions.suspend(actor, username, parsed, reason) == MemberRestrictions.Outcome.PENDING
                    ? "requested"
                    : "suspended";
        }
        return back(username, done);
    }

    @POST
    @Path("members/{username}/{action: lift-silence|lift-suspension|delete}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(hidden = true)
    public Response lift(
            @PathParam("username") String username,
            @PathParam("action") String action,
            @FormParam("reason") String reason,
            @FormParam("confirm") String confirm) {
        Account actor = moderator();
        if (action.equals("delete") && !Confirmation.given(confirm)) {
            // Deleting a spammer erases their posts and blocks their address: asked twice, as Discourse does.
            String path = "/moderation/members/" + URLEncoder.encode(username, StandardCharsets.UTF_8);
            return Response.ok(pages.confirm(new Confirmation(
                            "members.delete.confirmTitle",
                            pages.text("members.delete.confirm", username),
                            path + "/delete",
                            reason == null ? Map.of() : Map.of("reason", reason),
                            path)))
                    .build();
        }
        switch (action) {
            case "lift-silence" -> restrictions.liftSilence(actor, username, reason);
            case "lift-suspension" -> restrictions.liftSuspension(actor, username, reason);
            default -> {
                restrictions.deleteSpammer(actor, username, reason);
                return Response.seeOther(URI.create("/admin/log")).build();
            }
        }
        return back(username, "lifted");
    }

    @GET
    @Path("requests")
    @Operation(hidden = true)
    public String requests() {
        moderator();
        List<SuspensionRequest> pending = restrictions.pendingRequests();
        return pages.render("moderation/requests.jte", Map.of("requests", pending));
    }

    @POST
    @Path("requests/{id: [0-9]{1,18}}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(hidden = true)
    public Response decide(
            @PathParam("id") long id, @FormParam("decision") String decision, @FormParam("reason") String reason) {
        restrictions.decide(moderator(), id, "confirm".equals(decision), reason);
        return Response.seeOther(URI.create("/moderation/requests")).build();
    }

    private Account moderator() {
        Account member = currentAccount.require(Role.MEMBER);
        if (!restrictions.canActOnMembers(member)) {
            throw new Refusal(403, "moderation.forbidden");
        }
        return member;
    }

    private Response render(String username, String notice, Map<String, String> problems, int status) {
        Account member = restrictions.member(username).orElseThrow(NotFoundException::new);
        Instant now = Instant.now();
        return Response.status(status)
                .entity(pages.render(
                        "moderation/member.jte",
                        Map.of(
                                "member",
                                member,
                                "silenced",
                                member.standing().isSilenced(now),
                                "suspended",
                                member.standing().isSuspended(now),
                                "notice",
                                notice,
                                "problems",
                                problems)))
                .build();
    }

    private static Response back(String username, String done) {
        return Response.seeOther(URI.create(
                        "/moderation/members/" + URLEncoder.encode(username, StandardCharsets.UTF_8) + "?done=" + done))
                .build();
    }

    static Integer parse(String days) {
        try {
            return days == null ? null : Integer.valueOf(days.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
