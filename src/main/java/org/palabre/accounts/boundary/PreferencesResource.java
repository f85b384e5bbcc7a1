package org.palabre.accounts.boundary;

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
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.palabre.accounts.control.AccountSettings;
import org.palabre.accounts.control.ApiTokens;
import org.palabre.accounts.control.CurrentAccount;
import org.palabre.accounts.control.Profiles;
import org.palabre.accounts.entity.Account;
import org.palabre.accounts.entity.Role;
import org.palabre.security.control.Cookies;
import org.palabre.security.control.SiteAddress;
import org.palabre.web.control.LanguageChoice;

/** A member's own settings: one page, one form per change, each working without JavaScript. */
@Path("preferences")
@Produces("text/html;charset=UTF-8")
@RequestScoped
@Transactional
public class PreferencesResource {

    private static final List<String> DONE =
            List.of("profile", "preferences", "password", "email", "tokenRevoked", "watching");

    @Inject
    CurrentAccount currentAccount;

    @Inject
    AccountSettings settings;

    @Inject
    SiteAddress siteAddress;

    @Inject
    ApiTokens apiTokens;

    @Inject
    Profiles profiles;

    @Inject
    PreferencesPage page;

    @GET
    @Operation(hidden = true)
    public String page(@QueryParam("done") String done) {
        Account member = currentAccount.require(Role.MEMBER);
        return page.render(member, Map.of(), done != null && DONE.contains(done) ? done : "", "");
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(hidden = true)
    public Response choose(@FormParam("language") String language, @FormParam("timeZone") String timeZone) {
        Account member = currentAccount.require(Role.MEMBER);
        Map<String, String> problems = settings.choosePreferences(member, language, timeZone);
        if (!problems.isEmpty()) {
            return Response.status(422)
                    .entity(page.render(member, problems, "", ""))
                    .build();
        }
        // The page language follows at once, whatever the language switch chose before.
        return Response.seeOther(URI.create("/preferences?done=preferences"))
                .header(
                        "Set-Cookie",
                        Cookies.header(LanguageChoice.COOKIE, language, 365L * 24 * 3600, siteAddress.isHttps()))
                .build();
    }

    @POST
    @Path("password")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(hidden = true)
    public Response changePassword(
            @FormParam("currentPassword") String current,
            @FormParam("newPassword") String replacement,
            @FormParam("newPasswordAgain") String replacementAgain) {
        Account member = currentAccount.require(Role.MEMBER);
        Map<String, String> problems =
                settings.changePassword(member, currentAccount.sessionToken(), current, replacement, replacementAgain);
        if (!problems.isEmpty()) {
            return Response.status(422)
                    .entity(page.render(member, problems, "", ""))
                    .build();
        }
        return Response.seeOther(URI.create("/preferences?done=password")).build();
    }

    @POST
    @Path("email")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(hidden = true)
    public Response changeEmail(@FormParam("email") String email, @FormParam("emailPassword") String password) {
        Account member = currentAccount.require(Role.MEMBER);
        Map<String, String> problems = settings.requestEmailChange(member, password, email);
        if (!problems.isEmpty()) {
            return Response.status(422)
                    .entity(page.render(member, problems, "", Typed.shortened(email)))
                    .build();
        }
        return Response.seeOther(URI.create("/preferences?done=email")).build();
    }

    @POST
    @Path("profile")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(hidden = true)
    public Response describe(@FormParam("displayName") String displayName, @FormParam("bio") String bio) {
        Account member = currentAccount.require(Role.MEMBER);
        Map<String, String> problems = profiles.describe(member, displayName, bio);
        if (!problems.isEmpty()) {
            Map<String, Object> model = page.model(member, problems, "", "");
            model.put("typedDisplayName", Typed.shortened(displayName));
            model.put("typedBio", bio == null ? "" : bio.substring(0, Math.min(bio.length(), 10_000)));
            return Response.status(422).entity(page.render(model)).build();
        }
        return Response.seeOther(URI.create("/preferences?done=profile")).build();
    }

    /** Answers with the page itself (no redirect), so the secret, shown once, is in no URL or history. */
    @POST
    @Path("tokens")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(hidden = true)
    public Response createToken(@FormParam("tokenName") String name, @FormParam("tokenPassword") String password) {
        Account member = currentAccount.require(Role.MEMBER);
        ApiTokens.Minted minted = apiTokens.create(member, name, password);
        if (minted.secret().isEmpty()) {
            Map<String, String> problems = new LinkedHashMap<>();
            minted.problems()
                    .forEach((field, problem) ->
                            problems.put(field.equals("name") ? "tokenName" : "tokenPassword", problem));
            Map<String, Object> model = page.model(member, problems, "", "");
            model.put("typedTokenName", Typed.shortened(name));
            return Response.status(422).entity(page.render(model)).build();
        }
        Map<String, Object> model = page.model(member, Map.of(), "", "");
        model.put("newToken", minted.secret().get());
        return Response.ok(page.render(model))
                .header("Cache-Control", "no-store")
                .build();
    }

    @POST
    @Path("tokens/{id: [0-9]{1,18}}/revoke")
    @Operation(hidden = true)
    public Response revokeToken(@PathParam("id") long id) {
        Account member = currentAccount.require(Role.MEMBER);
        // Another member's token is simply not found, and nothing is said to have been revoked.
        boolean revoked = apiTokens.revoke(member, id);
        return Response.seeOther(URI.create(revoked ? "/preferences?done=tokenRevoked" : "/preferences"))
                .build();
    }
}
