package org.palabre.mailing.boundary;

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
import org.palabre.accounts.control.CurrentAccount;
import org.palabre.accounts.entity.Role;
import org.palabre.mailing.control.AddressConfirmations;
import org.palabre.security.boundary.SecretLink;
import org.palabre.web.control.Pages;

/**
 * The way out of stopped mail: the layout's notice posts here to mail a confirmation link, and the link's page
 * confirms with one click on a button (not the GET a link scanner makes).
 */
@Path("mail/confirm-address")
@Produces("text/html;charset=UTF-8")
@RequestScoped
@Transactional
public class AddressConfirmationResource {

    @Inject
    CurrentAccount currentAccount;

    @Inject
    AddressConfirmations confirmations;

    @Inject
    Pages pages;

    @POST
    @Operation(hidden = true)
    public String send() {
        confirmations.send(currentAccount.require(Role.MEMBER));
        return pages.notice("bounces.sent.title", "bounces.sent.text");
    }

    @GET
    @SecretLink
    @Path("{token}")
    @Operation(hidden = true)
    public Response form(@PathParam("token") String token) {
        if (!confirmations.canConfirm(token)) {
            return gone();
        }
        return Response.ok(pages.render("mail/confirm-address.jte", Map.of("token", token)))
                .build();
    }

    @POST
    @SecretLink
    @Path("{token}")
    @Operation(hidden = true)
    public Response confirm(@PathParam("token") String token) {
        if (confirmations.confirm(token).isEmpty()) {
            return gone();
        }
        return Response.ok(pages.notice("bounces.confirmed.title", "bounces.confirmed.text"))
                .build();
    }

    private Response gone() {
        return Response.status(Response.Status.GONE)
                .entity(pages.notice("email.invalid.title", "email.invalid.text"))
                .build();
    }
}
