package org.palabre.accounts.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Response;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.palabre.accounts.control.AccountSettings;
import org.palabre.security.boundary.SecretLink;
import org.palabre.web.control.Pages;

/** The link mailed to a new address: one click on a button (not the GET a scanner makes) confirms it. */
@SecretLink
@Path("email/confirm/{token}")
@Produces("text/html;charset=UTF-8")
@RequestScoped
@Transactional
public class EmailChangeResource {

    @Inject
    AccountSettings settings;

    @Inject
    Pages pages;

    @GET
    @Operation(hidden = true)
    public Response form(@PathParam("token") String token) {
        if (!settings.canConfirmEmailChange(token)) {
            return gone();
        }
        return Response.ok(pages.render("accounts/confirm-email.jte", Map.of("token", token)))
                .build();
    }

    @POST
    @Operation(hidden = true)
    public Response confirm(@PathParam("token") String token) {
        if (settings.confirmEmailChange(token).isEmpty()) {
            return gone();
        }
        return Response.ok(pages.notice("email.confirmed.title", "email.confirmed.text"))
                .build();
    }

    private Response gone() {
        return Response.status(Response.Status.GONE)
                .entity(pages.notice("email.invalid.title", "email.invalid.text"))
                .build();
    }
}
