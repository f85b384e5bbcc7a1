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
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.palabre.accounts.control.AccountLimits;
import org.palabre.accounts.control.Registration;
import org.palabre.security.control.ClientAddresses;
import org.palabre.security.control.RateLimits;
import org.palabre.web.control.InvalidInput;
import org.palabre.web.control.PageContext;

/**
 * Joining over JSON, with the same rules, limits and mails as the sign-up page. Requests without a token
 * must come from Palabre's own pages (same origin).
 */
@Path("api/signup")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Your account")
@RequestScoped
@Transactional
public class SignUpApi {

    public record SignUp(String username, String email, String password, String invite) {}

    /** The same answer whatever happened behind it, so that nobody learns who is a member. */
    public record Accepted(String status) {
        static final Accepted CHECK_MAIL = new Accepted("check-your-mail");
    }

    @Inject
    Registration registration;

    @Inject
    RateLimits rateLimits;

    @Inject
    PageContext page;

    @Inject
    ClientAddresses clientAddresses;

    @Context
    HttpServletRequest request;

    @POST
    @Operation(summary = "Sign up; a link to verify the address is mailed (answer 202 either way)")
    public Response signUp(SignUp form) {
        SignUp given = form == null ? new SignUp(null, null, null, null) : form;
        if (!registration.holdsUsableInvite(given.invite())) {
            rateLimits.take(AccountLimits.SIGN_UP_PER_CLIENT, clientAddresses.of(request));
        }
        Map<String, String> problems = registration.signUp(
                given.username(), given.email(), given.password(), given.password(), page.lang(), given.invite());
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        return Response.accepted(Accepted.CHECK_MAIL).build();
    }
}
