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
import org.palabre.flags.control.Flags;
import org.palabre.posts.entity.Post;
import org.palabre.web.control.Pages;

/** The flag page of a post: the choice of reason and a message, as a plain form. */
@Path("p/{id: [0-9]{1,18}}/flag")
@Produces("text/html;charset=UTF-8")
@RequestScoped
@Transactional
public class FlagsResource {

    @Inject
    CurrentAccount currentAccount;

    @Inject
    Flags flags;

    @Inject
    Pages pages;

    @GET
    @Operation(hidden = true)
    public String form(@PathParam("id") long id) {
        Account member = currentAccount.require(Role.MEMBER);
        return render(flags.flaggable(member, id), "", "", Map.of());
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(hidden = true)
    public Response flag(
            @PathParam("id") long id, @FormParam("reason") String reason, @FormParam("message") String message) {
        Account member = currentAccount.require(Role.MEMBER);
        Map<String, String> problems = flags.flag(member, id, reason, message);
        Post post = flags.flaggable(member, id);
        if (!problems.isEmpty()) {
            String typed = message == null ? "" : message.substring(0, Math.min(message.length(), 1000));
            return Response.status(422)
                    .entity(render(post, reason == null ? "" : reason, typed, problems))
                    .build();
        }
        return Response.seeOther(URI.create(post.path() + "?flagged")).build();
    }

    private String render(Post post, String reason, String message, Map<String, String> problems) {
        return pages.render(
                "flags/flag.jte", Map.of("post", post, "reason", reason, "message", message, "problems", problems));
    }
}
