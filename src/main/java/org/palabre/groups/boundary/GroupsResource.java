package org.palabre.groups.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.palabre.accounts.control.CurrentAccount;
import org.palabre.accounts.entity.Account;
import org.palabre.accounts.entity.Role;
import org.palabre.groups.control.GroupPermissions;
import org.palabre.groups.control.Groups;
import org.palabre.groups.entity.MemberGroup;
import org.palabre.web.control.Confirmation;
import org.palabre.web.control.Pages;
import org.palabre.web.control.Refusal;

/** Groups for signed-in members to see; administrators make them, owners and administrators fill them. */
@Path("/")
@Produces("text/html;charset=UTF-8")
@RequestScoped
@Transactional
public class GroupsResource {

    @Inject
    CurrentAccount currentAccount;

    @Inject
    Groups groups;

    @Inject
    GroupPermissions permissions;

    @Inject
    Pages pages;

    @GET
    @Path("groups")
    @Operation(hidden = true)
    public String list() {
        Account member = currentAccount.require(Role.MEMBER);
        return renderList(member, Map.of(), "", "");
    }

    @POST
    @Path("groups")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(hidden = true)
    public Response create(@FormParam("name") String name, @FormParam("description") String description) {
        Account member = currentAccount.require(Role.MEMBER);
        Map<String, String> problems = groups.create(member, name, description);
        if (!problems.isEmpty()) {
            return Response.status(422)
                    .entity(renderList(member, problems, typed(name, 40), typed(description, 600)))
                    .build();
        }
        return Response.seeOther(URI.create("/g/" + URLEncoder.encode(name.strip(), StandardCharsets.UTF_8)))
                .build();
    }

    @GET
    @Path("g/{name}")
    @Operation(hidden = true)
    public String group(@PathParam("name") String name, @QueryParam("unknown") String unknown) {
        Account member = currentAccount.require(Role.MEMBER);
        MemberGroup group = groups.find(name).orElseThrow(NotFoundException::new);
        Map<String, Object> model = new HashMap<>();
        model.put("group", group);
        model.put("members", groups.members(group));
        model.put("canManage", permissions.canManageMembers(member, group));
        model.put("canChangeOwners", permissions.canChangeOwners(member));
        model.put("unknownMember", unknown != null);
        return pages.render("groups/group.jte", model);
    }

    @POST
    @Path("g/{name}/members")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(hidden = true)
    public Response add(@PathParam("name") String name, @FormParam("username") String username) {
        MemberGroup group = groups.find(name).orElseThrow(NotFoundException::new);
        boolean added = groups.add(currentAccount.require(Role.MEMBER), group, username);
        return backTo(group, added ? "" : "?unknown");
    }

    @POST
    @Path("g/{name}/members/{accountId: [0-9]{1,18}}/remove")
    @Operation(hidden = true)
    public Response remove(@PathParam("name") String name, @PathParam("accountId") long accountId) {
        MemberGroup group = groups.find(name).orElseThrow(NotFoundException::new);
        groups.remove(currentAccount.require(Role.MEMBER), group, accountId);
        return backTo(group, "");
    }

    @POST
    @Path("g/{name}/members/{accountId: [0-9]{1,18}}/owner")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(hidden = true)
    public Response owner(
            @PathParam("name") String name, @PathParam("accountId") long accountId, @FormParam("owner") String owner) {
        MemberGroup group = groups.find(name).orElseThrow(NotFoundException::new);
        groups.makeOwner(currentAccount.require(Role.MEMBER), group, accountId, "true".equals(owner));
        return backTo(group, "");
    }

    @POST
    @Path("g/{name}/mention-policy")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(hidden = true)
    public Response mentionPolicy(@PathParam("name") String name, @FormParam("policy") String policy) {
        Account member = currentAccount.require(Role.MEMBER);
        MemberGroup group = groups.find(name).orElseThrow(NotFoundException::new);
        // The form offers only the policies: anything else was not typed by a person.
        MemberGroup.MentionPolicy chosen = Arrays.stream(MemberGroup.MentionPolicy.values())
                .filter(p -> p.name().equals(policy))
                .findFirst()
                .orElseThrow(() -> new BadRequestException("groups.mentionPolicy.unknown"));
        groups.changeMentionPolicy(member, group, chosen);
        return backTo(group, "");
    }

    @POST
    @Path("g/{name}/delete")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(hidden = true)
    public Response delete(@PathParam("name") String name, @FormParam("confirm") String confirm) {
        MemberGroup group = groups.find(name).orElseThrow(NotFoundException::new);
        Account member = currentAccount.require(Role.MEMBER);
        if (!Confirmation.given(confirm)) {
            // Refused before asking, so nobody is asked to confirm what they may not do.
            if (!permissions.canCreateOrDelete(member)) {
                throw Refusal.forbidden("access.forbidden");
            }
            String path = "/g/" + URLEncoder.encode(group.name(), StandardCharsets.UTF_8);
            return Response.ok(pages.confirm(new Confirmation(
                            "groups.delete.confirmTitle",
                            pages.text("groups.delete.confirm", group.name()),
                            path + "/delete",
                            Map.of(),
                            path)))
                    .build();
        }
        groups.delete(member, group);
        return Response.seeOther(URI.create("/groups")).build();
    }

    private String renderList(Account member, Map<String, String> problems, String typedName, String typedDescription) {
        Map<String, Object> model = new HashMap<>();
        model.put("groups", groups.all());
        model.put("canCreate", permissions.canCreateOrDelete(member));
        model.put("problems", problems);
        model.put("typedName", typedName);
        model.put("typedDescription", typedDescription);
        return pages.render("groups/groups.jte", model);
    }

    private static Response backTo(MemberGroup group, String query) {
        return Response.seeOther(URI.create("/g/" + URLEncoder.encode(group.name(), StandardCharsets.UTF_8) + query))
                .build();
    }

    private static String typed(String value, int max) {
        return value == null ? "" : value.substring(0, Math.min(value.length(), max));
    }
}
