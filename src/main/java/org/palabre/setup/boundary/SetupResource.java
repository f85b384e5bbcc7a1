package org.palabre.setup.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.palabre.accounts.control.AccountRules;
import org.palabre.accounts.control.CurrentAccount;
import org.palabre.accounts.entity.Account;
import org.palabre.security.control.CsrfCookies;
import org.palabre.setup.control.FirstAdministrator;
import org.palabre.web.control.Pages;

/** The first-run page: exists only until the first administrator is created. */
@Path("setup")
@Produces("text/html;charset=UTF-8")
@RequestScoped
@Transactional
public class SetupResource {

    @Inject
    FirstAdministrator firstAdministrator;

    @Inject
    CurrentAccount currentAccount;

    @Inject
    CsrfCookies csrfCookies;

    @Inject
    Pages pages;

    @Context
    HttpServletRequest request;

    @Context
    HttpServletResponse response;

    @GET
    @Operation(hidden = true)
    public String form() {
        requireOpen();
        return render(Map.of(), "", "");
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(hidden = true)
    public Response create(
            @FormParam("code") String code,
            @FormParam("username") String username,
            @FormParam("email") String email,
            @FormParam("password") String password,
            @FormParam("passwordAgain") String passwordAgain) {
        requireOpen();
        Map<String, String> problems = new LinkedHashMap<>();
        if (!firstAdministrator.codeMatches(code)) {
            problems.put("code", "setup.code.wrong");
        }
        AccountRules.usernameProblem(username).ifPresent(p -> problems.put("username", p));
        AccountRules.emailProblem(email).ifPresent(p -> problems.put("email", p));
        AccountRules.passwordProblem(password).ifPresent(p -> problems.put("password", p));
        if (password != null && !password.equals(passwordAgain)) {
            problems.putIfAbsent("passwordAgain", "account.password.mismatch");
        }
        Account administrator = problems.isEmpty() ? firstAdministrator.create(username, email, password) : null;
        if (problems.isEmpty() && administrator == null) {
            requireOpen();
            problems.put("username", "account.username.taken");
        }
        if (!problems.isEmpty()) {
            return Response.status(422)
                    .entity(render(problems, username, email))
                    .build();
        }
        currentAccount.signIn(administrator, false, response);
        csrfCookies.issue(request, response);
        return Response.seeOther(URI.create("/")).build();
    }

    private void requireOpen() {
        if (!firstAdministrator.isSetupOpen()) {
            throw new NotFoundException();
        }
    }

    private String render(Map<String, String> problems, String username, String email) {
        return pages.render(
                "setup/setup.jte",
                Map.of("problems", problems, "username", shortened(username), "email", shortened(email)));
    }

    private static String shortened(String typed) {
        return typed == null ? "" : typed.substring(0, Math.min(typed.length(), 254));
    }
}
