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
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.palabre.accounts.control.AccountLimits;
import org.palabre.accounts.control.Registration;
import org.palabre.security.boundary.SecretLink;
import org.palabre.security.control.ClientAddresses;
import org.palabre.security.control.RateLimits;
import org.palabre.settings.entity.RegistrationMode;
import org.palabre.web.control.PageContext;
import org.palabre.web.control.Pages;

/** Sign-up and the verification link it mails. */
@Path("signup")
@Produces("text/html;charset=UTF-8")
@RequestScoped
@Transactional
public class SignUpResource {

    @Inject
    Registration registration;

    @Inject
    RateLimits rateLimits;

    @Inject
    Pages pages;

    @Inject
    PageContext page;

    @Inject
    ClientAddresses clientAddresses;

    @Context
    HttpServletRequest request;

    @GET
    @Operation(hidden = true)
    public Response form(@QueryParam("invite") String invite) {
        if (!registration.mayJoin(invite)) {
            return notJoinable();
        }
        return Response.ok(pages.render(
                        "accounts/signup.jte",
                        Map.of(
                                "problems",
                                Map.of(),
                                "username",
                                "",
                                "email",
                                "",
                                "invite",
                                invite == null ? "" : invite)))
                .build();
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(hidden = true)
    public Response signUp(
            @FormParam("username") String username,
            @FormParam("email") String email,
            @FormParam("password") String password,
            @FormParam("passwordAgain") String passwordAgain,
            @FormParam("invite") String invite) {
        if (!registration.holdsUsableInvite(invite)) {
            rateLimits.take(AccountLimits.SIGN_UP_PER_CLIENT, clientAddresses.of(request));
        }
        Map<String, String> problems =
                registration.signUp(username, email, password, passwordAgain, page.lang(), invite);
        if (problems.containsKey("invite")) {
            return notJoinable();
        }
        if (!problems.isEmpty()) {
            return Response.status(422)
                    .entity(pages.render(
                            "accounts/signup.jte",
                            Map.of(
                                    "problems",
                                    problems,
                                    "username",
                                    Typed.shortened(username),
                                    "email",
                                    Typed.shortened(email),
                                    "invite",
                                    invite == null ? "" : invite)))
                    .build();
        }
        return Response.ok(pages.notice("signup.sent.title", "signup.sent.text"))
                .build();
    }

    /** Shows a button rather than verifying on GET: mail scanners follow links, people press buttons. */
    @GET
    @SecretLink
    @Path("verify/{token}")
    @Operation(hidden = true)
    public Response verifyForm(@PathParam("token") String token) {
        if (!registration.canVerify(token)) {
            return Response.status(Response.Status.GONE)
                    .entity(pages.notice("signup.verify.invalid.title", "signup.verify.invalid.text"))
                    .build();
        }
        return Response.ok(pages.render("accounts/verify.jte", Map.of("token", token)))
                .build();
    }

    @POST
    @SecretLink
    @Path("verify/{token}")
    @Operation(hidden = true)
    public Response verify(@PathParam("token") String token) {
        if (registration.verify(token).isEmpty()) {
            return Response.status(Response.Status.GONE)
                    .entity(pages.notice("signup.verify.invalid.title", "signup.verify.invalid.text"))
                    .build();
        }
        return Response.ok(pages.notice("signup.verified.title", "signup.verified.text"))
                .build();
    }

    private Response notJoinable() {
        String reason = registration.mode() == RegistrationMode.CLOSED ? "closed" : "inviteOnly";
        return Response.status(Response.Status.FORBIDDEN)
                .entity(pages.notice("signup." + reason + ".title", "signup." + reason + ".text"))
                .build();
    }
}
