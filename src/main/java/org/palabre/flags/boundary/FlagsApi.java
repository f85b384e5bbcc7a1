package org.palabre.flags.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.palabre.accounts.control.CurrentAccount;
import org.palabre.flags.control.Flags;
import org.palabre.flags.entity.Flag;
import org.palabre.web.control.InvalidInput;

/** Flagging a post over JSON, with the same rules as the flag page. */
@Path("api/posts/{id}/flags")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Moderation")
@RequestScoped
@Transactional
public class FlagsApi {

    /** reason: OFF_TOPIC, INAPPROPRIATE, SPAM, HARASSMENT or SOMETHING_ELSE (which needs a message). */
    public record NewFlag(String reason, String message) {}

    public record Flagged(long postId, String reason) {}

    @Inject
    CurrentAccount currentAccount;

    @Inject
    Flags flags;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "Flag a post for the moderators (one flag per member and post; 404 if you cannot read it, "
                    + "403 for your own post or while silenced, 409 if already flagged, 429 on a flood)")
    public Response flag(@PathParam("id") long id, NewFlag form) {
        NewFlag given = form == null ? new NewFlag(null, null) : form;
        Map<String, String> problems = flags.flag(
                currentAccount.require(org.palabre.accounts.entity.Role.MEMBER), id, given.reason(), given.message());
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems, Flag.MESSAGE_MAX_LENGTH);
        }
        return Response.status(Response.Status.CREATED)
                .entity(new Flagged(id, given.reason()))
                .build();
    }
}
