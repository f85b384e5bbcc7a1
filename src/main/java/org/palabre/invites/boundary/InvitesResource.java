package org.palabre.invites.boundary;

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
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.palabre.accounts.control.CurrentAccount;
import org.palabre.accounts.entity.Account;
import org.palabre.accounts.entity.Role;
import org.palabre.invites.control.Invites;
import org.palabre.security.control.SiteAddress;
import org.palabre.settings.control.SiteSettings;
import org.palabre.web.control.Confirmation;
import org.palabre.web.control.Pages;

/** Moderators and administrators make invitation links, see who used them, and revoke them. */
@Path("invites")
@Produces("text/html;charset=UTF-8")
@RequestScoped
@Transactional
public class InvitesResource {

    private static final int SHOWN = 100;

    @Inject
    CurrentAccount currentAccount;

    @Inject
    Invites invites;

    @Inject
    SiteSettings siteSettings;

    @Inject
    SiteAddress siteAddress;

    @Inject
    Pages pages;

    @GET
    @Operation(hidden = true)
    public String page() {
        currentAccount.require(Role.MODERATOR);
        return render(Map.of(), "", "");
    }

    /** Answers with the page itself, so the link (shown once) is in no URL or history. */
    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(hidden = true)
    public Response create(@FormParam("note") String note, @FormParam("days") String days) {
        Account staff = currentAccount.require(Role.MODERATOR);
        int validity = parseDays(days);
        Map<String, String> problems = new HashMap<>();
        if (validity < 1) {
            problems.put("days", "invites.days.invalid");
        }
        if (note != null
                && (note.strip().length() > Invites.NOTE_MAX_LENGTH
                        || note.chars().anyMatch(Character::isISOControl))) {
            problems.put("note", "invites.note.invalid");
        }
        if (!problems.isEmpty()) {
            return Response.status(422)
                    .entity(render(problems, "", note == null ? "" : note.substring(0, Math.min(note.length(), 200))))
                    .build();
        }
        String token = invites.create(staff, note, validity);
        return Response.ok(render(Map.of(), siteAddress.baseUrl() + "/signup?invite=" + token, ""))
                .header("Cache-Control", "no-store")
                .build();
    }

    @POST
    @Path("{id: [0-9]{1,18}}/revoke")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(hidden = true)
    public Response revoke(@PathParam("id") long id, @FormParam("confirm") String confirm) {
        Account staff = currentAccount.require(Role.MODERATOR);
        if (!Confirmation.given(confirm)) {
            // The link may already be in someone's hands: revoking it turns them away, so it is asked twice.
            return Response.ok(pages.confirm(new Confirmation(
                            "invites.revoke.confirmTitle",
                            pages.text("invites.revoke.confirm"),
                            "/invites/" + id + "/revoke",
                            Map.of(),
                            "/invites")))
                    .build();
        }
        invites.revoke(staff, id);
        return Response.seeOther(URI.create("/invites")).build();
    }

    private String render(Map<String, String> problems, String newLink, String typedNote) {
        Map<String, Object> model = new HashMap<>();
        model.put("invites", invites.newest(SHOWN));
        model.put("now", Instant.now());
        model.put("mode", siteSettings.registrationMode().name());
        model.put("problems", problems);
        model.put("newLink", newLink);
        model.put("typedNote", typedNote);
        return pages.render("invites/invites.jte", model);
    }

    private static int parseDays(String days) {
        try {
            int parsed = Integer.parseInt(days == null ? "" : days.strip());
            return parsed >= 1 && parsed <= Invites.MAX_DAYS ? parsed : -1;
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
