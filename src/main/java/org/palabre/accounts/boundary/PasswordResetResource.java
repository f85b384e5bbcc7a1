package org.palabre.accounts.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.LinkedHashMap;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.palabre.accounts.control.AccountLimits;
import org.palabre.accounts.control.AccountRules;
import org.palabre.accounts.control.PasswordResets;
import org.palabre.accounts.entity.Account;
import org.palabre.security.boundary.SecretLink;
import org.palabre.security.control.ClientAddresses;
import org.palabre.security.control.RateLimits;
import org.palabre.web.control.Pages;

/** "Forgot your password?": ask for a link, then choose a new password through it. */
@Path("password/reset")
@Produces("text/html;charset=UTF-8")
@RequestScoped
@Transactional
public class PasswordResetResource {

    @Inject
    PasswordResets resets;

    @Inject
    RateLimits rateLimits;

    @Inject
    Pages pages;

    @Inject
    ClientAddresses clientAddresses;

    @Context
    HttpServletRequest request;

    @GET
    @Operation(hidden = true)
    public String requestForm() {
        return pages.render("accounts/reset-request.jte");
    }

    /** The same answer whether or not the address is known. */
    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(hidden = true)
    public String request(@FormParam("email") String email) {
        rateLimits.take(AccountLimits.MAIL_PER_CLIENT, clientAddresses.of(request));
        if (email != null && !email.isBlank()) {
            rateLimits.take(AccountLimits.MAIL_PER_ADDRESS, Account.loginKey(email));
        }
        resets.request(email);
        return pages.notice("reset.sent.title", "reset.sent.text");
    }

    @GET
    @SecretLink
    @Path("{token}")
    @Operation(hidden = true)
    public Response newPasswordForm(@PathParam("token") String token) {
        if (!resets.canReset(token)) {
            return invalidLink();
        }
        return Response.ok(pages.render("accounts/reset.jte", Map.of("token", token, "problems", Map.of())))
                .build();
    }

    @POST
    @SecretLink
    @Path("{token}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(hidden = true)
    public Response reset(
            @PathParam("token") String token,
            @FormParam("password") String password,
            @FormParam("passwordAgain") String passwordAgain) {
        Map<String, String> problems = new LinkedHashMap<>();
        AccountRules.passwordProblem(password).ifPresent(p -> problems.put("password", p));
        if (password != null && !password.equals(passwordAgain)) {
            problems.putIfAbsent("passwordAgain", "account.password.mismatch");
        }
        if (!problems.isEmpty()) {
            if (!resets.canReset(token)) {
                return invalidLink();
            }
            return Response.status(422)
                    .entity(pages.render("accounts/reset.jte", Map.of("token", token, "problems", problems)))
                    .build();
        }
        if (resets.reset(token, password).isEmpty()) {
            return invalidLink();
        }
        return Response.ok(pages.notice("reset.done.title", "reset.done.text")).build();
    }

    private Response invalidLink() {
        return Response.status(Response.Status.GONE)
                .entity(pages.notice("reset.invalid.title", "reset.invalid.text"))
                .build();
    }
}
