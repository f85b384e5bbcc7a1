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
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.palabre.accounts.control.CurrentAccount;
import org.palabre.accounts.entity.Account;
import org.palabre.accounts.entity.Role;
import org.palabre.moderation.control.ModerationPermissions;
import org.palabre.moderation.control.WatchedWords;
import org.palabre.moderation.entity.WatchedWordAction;
import org.palabre.web.control.Pages;

/** The administrators' list of watched words: add a word with its action, remove one. */
@Path("admin/watched-words")
@Produces("text/html;charset=UTF-8")
@RequestScoped
@Transactional
public class WatchedWordsResource {

    @Inject
    CurrentAccount currentAccount;

    @Inject
    WatchedWords words;

    @Inject
    Pages pages;

    @GET
    @Operation(hidden = true)
    public String page() {
        admin();
        return render(null, "", 200).getEntity().toString();
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(hidden = true)
    public Response add(@FormParam("phrase") String phrase, @FormParam("action") String action) {
        Account admin = admin();
        Optional<String> problem = words.add(admin, phrase, parse(action));
        if (problem.isPresent()) {
            return render(
                    problem.get(), phrase == null ? "" : phrase.substring(0, Math.min(phrase.length(), 200)), 422);
        }
        return Response.seeOther(URI.create("/admin/watched-words")).build();
    }

    @POST
    @Path("{id: [0-9]{1,18}}/remove")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(hidden = true)
    public Response remove(@PathParam("id") long id) {
        if (!words.remove(admin(), id)) {
            throw new NotFoundException();
        }
        return Response.seeOther(URI.create("/admin/watched-words")).build();
    }

    static WatchedWordAction parse(String action) {
        for (WatchedWordAction known : WatchedWordAction.values()) {
            if (known.name().equals(action)) {
                return known;
            }
        }
        return null;
    }

    private Response render(String problem, String typed, int status) {
        Map<String, Object> model = new java.util.HashMap<>(Map.of("words", words.all(), "typed", typed));
        if (problem != null) {
            model.put("problem", problem);
        }
        return Response.status(status)
                .entity(pages.render("moderation/watched-words.jte", model))
                .build();
    }

    private Account admin() {
        Account actor = currentAccount.require(Role.MEMBER);
        ModerationPermissions.require(ModerationPermissions.canManageWatchedWords(actor));
        return actor;
    }
}
