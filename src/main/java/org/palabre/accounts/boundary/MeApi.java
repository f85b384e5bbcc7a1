package org.palabre.accounts.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.palabre.accounts.control.AccountDeletions;
import org.palabre.accounts.control.AccountExports;
import org.palabre.accounts.control.AccountSettings;
import org.palabre.accounts.control.ApiTokens;
import org.palabre.accounts.control.CurrentAccount;
import org.palabre.accounts.entity.Account;
import org.palabre.accounts.entity.ApiToken;
import org.palabre.accounts.entity.Role;
import org.palabre.web.control.InvalidInput;

/** The signed-in member's own account over JSON: with a personal token, or from Palabre's own pages. */
@Path("api/me")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Your account")
@SecurityScheme(
        securitySchemeName = "token",
        type = SecuritySchemeType.HTTP,
        scheme = "bearer",
        description = "A personal API token, made on the preferences page.")
@SecurityRequirement(name = "token")
@RequestScoped
@Transactional
public class MeApi {

    public record Me(String username, String role, String language, String timeZone, Instant joinedAt) {
        static Me of(Account account) {
            return new Me(
                    account.username(),
                    account.role().name().toLowerCase(),
                    account.language(),
                    account.timeZone(),
                    account.createdAt());
        }
    }

    public record PreferencesChange(String language, String timeZone) {}

    public record PasswordChange(String currentPassword, String newPassword) {}

    public record EmailChange(String email, String password) {}

    public record TokenRequest(String name, String password) {}

    public record Token(long id, String name, Instant createdAt) {
        static Token of(ApiToken token) {
            return new Token(token.id(), token.name(), token.createdAt());
        }
    }

    public record Deletion(String password, String posts) {}

    /** The only time a token's secret is ever shown. */
    public record NewToken(String name, String token) {}

    @Inject
    CurrentAccount currentAccount;

    @Inject
    AccountSettings settings;

    @Inject
    ApiTokens apiTokens;

    @Inject
    AccountExports exports;

    @Inject
    AccountDeletions deletions;

    @GET
    @Operation(summary = "Who you are signed in as")
    public Me me() {
        return Me.of(currentAccount.require(Role.MEMBER));
    }

    @GET
    @Path("export")
    @Operation(summary = "Everything you wrote and your settings, never a password or token secret")
    public Response export() {
        return Response.ok(exports.of(currentAccount.require(Role.MEMBER)))
                .header("Cache-Control", "no-store")
                .build();
    }

    /*
     * A POST to a sub-resource rather than DELETE /api/me with a body: Payara (Grizzly) answers 400 to a DELETE
     * that carries a body unless its HTTP listener is reconfigured, and the password has no better place.
     */
    @POST
    @Path("deletion")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Delete your account for good: posts \"keep\" (shown as by a deleted user) or \"remove\"")
    public Response delete(Deletion deletion) {
        Account member = currentAccount.require(Role.MEMBER);
        Map<String, String> problems = deletion == null
                ? Map.of("password", "preferences.password.wrong")
                : deletions.delete(member, deletion.password(), deletion.posts());
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        return Response.noContent().build();
    }

    @PUT
    @Path("preferences")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Choose the language (fr or en) and time zone of your pages and mail")
    public Me choosePreferences(PreferencesChange change) {
        Account member = currentAccount.require(Role.MEMBER);
        Map<String, String> problems = change == null
                ? Map.of("language", "preferences.language.unknown")
                : settings.choosePreferences(member, change.language(), change.timeZone());
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        return Me.of(member);
    }

    @PUT
    @Path("password")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "Change your password; your other sessions end, every API token (this one too) is revoked,"
                    + " and you are told by mail")
    public Response changePassword(PasswordChange form) {
        Account member = currentAccount.require(Role.MEMBER);
        PasswordChange given = form == null ? new PasswordChange(null, null) : form;
        Map<String, String> problems = settings.changePassword(
                member,
                currentAccount.sessionToken(),
                given.currentPassword(),
                given.newPassword(),
                given.newPassword());
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        return Response.noContent().build();
    }

    @POST
    @Path("email")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Ask to change your address: it changes when the link mailed to the new one is followed")
    public Response changeEmail(EmailChange form) {
        Account member = currentAccount.require(Role.MEMBER);
        EmailChange given = form == null ? new EmailChange(null, null) : form;
        Map<String, String> problems = settings.requestEmailChange(member, given.password(), given.email());
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        return Response.accepted(SignUpApi.Accepted.CHECK_MAIL).build();
    }

    @GET
    @Path("tokens")
    @Operation(summary = "Your personal API tokens (never their secrets)")
    public List<Token> tokens() {
        return apiTokens.list(currentAccount.require(Role.MEMBER)).stream()
                .map(Token::of)
                .toList();
    }

    @POST
    @Path("tokens")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "Make a personal API token (your current password is asked); its secret is in this answer only")
    public Response createToken(TokenRequest request) {
        Account member = currentAccount.require(Role.MEMBER);
        TokenRequest given = request == null ? new TokenRequest(null, null) : request;
        ApiTokens.Minted minted = apiTokens.create(member, given.name(), given.password());
        String secret = minted.secret().orElseThrow(() -> new InvalidInput(minted.problems()));
        return Response.status(Response.Status.CREATED)
                .entity(new NewToken(given.name().strip(), secret))
                .build();
    }

    @DELETE
    @Path("tokens/{id: [0-9]{1,18}}")
    @Operation(summary = "Revoke one of your tokens")
    public Response revokeToken(@PathParam("id") long id) {
        if (!apiTokens.revoke(currentAccount.require(Role.MEMBER), id)) {
            throw new NotFoundException();
        }
        return Response.noContent().build();
    }
}
