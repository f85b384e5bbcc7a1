package org.palabre.accounts.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.palabre.accounts.control.AccountLimits;
import org.palabre.accounts.control.PasswordResets;
import org.palabre.accounts.entity.Account;
import org.palabre.security.control.ClientAddresses;
import org.palabre.security.control.RateLimits;

/** "I forgot my password" over JSON: the same mail, limits and neutral answer as the page. */
@Path("api/password-resets")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Your account")
@RequestScoped
@Transactional
public class PasswordResetApi {

    public record ResetRequest(String email) {}

    @Inject
    PasswordResets resets;

    @Inject
    RateLimits rateLimits;

    @Inject
    ClientAddresses clientAddresses;

    @Context
    HttpServletRequest request;

    @POST
    @Operation(summary = "Ask for a password reset link by mail (answer 202 whether or not the address is known)")
    public Response requestReset(ResetRequest form) {
        rateLimits.take(AccountLimits.MAIL_PER_CLIENT, clientAddresses.of(request));
        String email = form == null ? null : form.email();
        if (email != null && !email.isBlank()) {
            rateLimits.take(AccountLimits.MAIL_PER_ADDRESS, Account.loginKey(email));
        }
        resets.request(email);
        return Response.accepted(SignUpApi.Accepted.CHECK_MAIL).build();
    }
}
