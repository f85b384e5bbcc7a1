package org.palabre.accounts.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.palabre.accounts.control.Credentials;
import org.palabre.accounts.control.CurrentAccount;
import org.palabre.accounts.control.KnownDevices;
import org.palabre.accounts.control.SignInLimits;
import org.palabre.accounts.entity.Account;
import org.palabre.security.control.ClientAddresses;
import org.palabre.security.control.Cookies;
import org.palabre.security.control.CsrfCookies;
import org.palabre.security.control.SiteAddress;
import org.palabre.web.control.LocalPath;
import org.palabre.web.control.Pages;

/** Signing in and out with a form. */
@Path("/")
@Produces("text/html;charset=UTF-8")
@RequestScoped
@Transactional
public class SessionsResource {

    private static final long KNOWN_DEVICE_SECONDS = 365L * 24 * 3600;

    @Inject
    Pages pages;

    @Inject
    Credentials credentials;

    @Inject
    CurrentAccount currentAccount;

    @Inject
    CsrfCookies csrfCookies;

    @Inject
    SignInLimits signInLimits;

    @Inject
    KnownDevices knownDevices;

    @Inject
    SiteAddress siteAddress;

    @Inject
    ClientAddresses clientAddresses;

    @Context
    HttpServletRequest request;

    @Context
    HttpServletResponse response;

    @GET
    @Path("signin")
    @Operation(hidden = true)
    public String signInForm(@QueryParam("next") String next) {
        return pages.render("accounts/signin.jte", Map.of("login", "", "next", LocalPath.orHome(next), "problem", ""));
    }

    @POST
    @Path("signin")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(hidden = true)
    public Response signIn(
            @FormParam("login") String login,
            @FormParam("password") String password,
            @FormParam("next") String next,
            @FormParam("remember") String remember) {
        Optional<SignInLimits.Attempt> attempt = signInLimits.take(
                login,
                clientAddresses.of(request),
                Cookies.value(request, KnownDevices.COOKIE).orElse(null));
        Optional<Account> account = credentials.check(login, password);
        if (account.isPresent()) {
            signInLimits.succeeded(attempt);
            // This browser may sign in as this member even while strangers are guessing the password.
            response.addHeader(
                    "Set-Cookie",
                    Cookies.header(
                            KnownDevices.COOKIE,
                            knownDevices.issue(account.get()),
                            KNOWN_DEVICE_SECONDS,
                            siteAddress.isHttps()));
        }
        if (account.isEmpty() || !account.get().isActive()) {
            // Only someone who knows the password learns that the address still needs verifying.
            String problem = account.isEmpty() ? "signin.failed" : "signin.unverified";
            return Response.status(Response.Status.UNAUTHORIZED)
                    .entity(pages.render(
                            "accounts/signin.jte",
                            Map.of(
                                    "login",
                                    Typed.shortened(login),
                                    "next",
                                    LocalPath.orHome(next),
                                    "problem",
                                    problem)))
                    .build();
        }
        if (account.get().standing().isSuspended(java.time.Instant.now())) {
            // Only someone who knows the password learns of the suspension, and until when it lasts.
            throw new org.palabre.web.control.Refusal(
                    403, "signin.suspended", account.get().standing().suspendedUntil());
        }
        currentAccount.signIn(account.get(), remember != null, response);
        csrfCookies.issue(request, response); // tokens of the anonymous visit die with it
        return Response.seeOther(URI.create(LocalPath.orHome(next))).build();
    }

    @POST
    @Path("signout")
    @Operation(hidden = true)
    public Response signOut() {
        currentAccount.signOut(response);
        return Response.seeOther(URI.create("/")).build();
    }
}
