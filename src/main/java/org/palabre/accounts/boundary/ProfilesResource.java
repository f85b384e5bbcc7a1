package org.palabre.accounts.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.palabre.accounts.control.CurrentAccount;
import org.palabre.accounts.control.Profiles;
import org.palabre.accounts.control.Roles;
import org.palabre.accounts.entity.Account;
import org.palabre.accounts.entity.Role;
import org.palabre.web.control.InvalidInput;
import org.palabre.web.control.Pages;

/** Members' public profiles, as a page and as JSON. Neither ever shows an address or a setting. */
@Path("/")
@RequestScoped
@Transactional
public class ProfilesResource {

    @Inject
    Instance<ProfileSection> sections;

    public record Profile(String username, String displayName, String bioHtml, Instant joinedAt) {
        static Profile of(Account account) {
            return new Profile(account.username(), account.displayName(), account.bioHtml(), account.createdAt());
        }
    }

    @Inject
    Profiles profiles;

    @Inject
    Pages pages;

    @Inject
    Roles roles;

    @Inject
    CurrentAccount currentAccount;

    @GET
    @Path("u/{username}")
    @Produces("text/html;charset=UTF-8")
    @Operation(hidden = true)
    public String page(@PathParam("username") String username, @QueryParam("problem") String problem) {
        Account member = profiles.find(username).orElseThrow(NotFoundException::new);
        Account reader = currentAccount.get().orElse(null);
        Map<String, Object> model = new HashMap<>();
        model.put("member", member);
        model.put("canChangeRole", Roles.canChangeRoles(reader));
        model.put("lastAdmin", "lastAdmin".equals(problem));
        sections.forEach(section -> section.addTo(model, member, reader));
        return pages.render("accounts/profile.jte", model);
    }

    @POST
    @Path("u/{username}/role")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(hidden = true)
    public Response changeRole(@PathParam("username") String username, @FormParam("role") String role) {
        Account actor = currentAccount.require(Role.ADMIN);
        Account member = profiles.find(username).orElseThrow(NotFoundException::new);
        Role chosen = Arrays.stream(Role.values())
                .filter(r -> r.name().equals(role))
                .findFirst()
                .orElseThrow(() -> new BadRequestException("roles.unknown"));
        String back = "/u/" + URLEncoder.encode(member.username(), StandardCharsets.UTF_8);
        return Response.seeOther(URI.create(roles.change(actor, member, chosen)
                        .map(p -> back + "?problem=lastAdmin")
                        .orElse(back)))
                .build();
    }

    public record RoleChange(String role) {}

    @PUT
    @Path("api/users/{username}/role")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Tag(name = "Members")
    @Operation(summary = "Make a member MEMBER, MODERATOR or ADMIN (administrators; the last administrator stays)")
    public RoleChange changeRoleByApi(@PathParam("username") String username, RoleChange change) {
        Account actor = currentAccount.require(Role.ADMIN);
        Account member = profiles.find(username).orElseThrow(NotFoundException::new);
        String wanted = change == null ? null : change.role();
        Role chosen = Arrays.stream(Role.values())
                .filter(r -> r.name().equals(wanted))
                .findFirst()
                .orElseThrow(() -> new InvalidInput(Map.of("role", "error.roles.unknown")));
        roles.change(actor, member, chosen).ifPresent(problem -> {
            throw new InvalidInput(Map.of("role", problem));
        });
        return new RoleChange(chosen.name());
    }

    @GET
    @Path("api/users/{username}")
    @Produces(MediaType.APPLICATION_JSON)
    @Tag(name = "Members")
    @Operation(summary = "A member's public profile (bio as sanitized HTML)")
    public Profile profile(@PathParam("username") String username) {
        return Profile.of(profiles.find(username).orElseThrow(NotFoundException::new));
    }
}
