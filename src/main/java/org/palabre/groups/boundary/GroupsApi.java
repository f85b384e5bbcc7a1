package org.palabre.groups.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.palabre.accounts.control.CurrentAccount;
import org.palabre.accounts.entity.Account;
import org.palabre.accounts.entity.Role;
import org.palabre.groups.control.Groups;
import org.palabre.groups.entity.GroupMembership;
import org.palabre.groups.entity.MemberGroup;
import org.palabre.web.control.InvalidInput;

/** Groups over JSON, for signed-in members; changes are checked by GroupPermissions as on the pages. */
@Path("api/groups")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Groups")
@RequestScoped
@Transactional
public class GroupsApi {

    public record GroupSummary(String name, String description, long members) {}

    public record Member(String username, boolean owner) {
        static Member of(GroupMembership membership) {
            return new Member(membership.account().username(), membership.isOwner());
        }
    }

    public record GroupDetail(String name, String description, List<Member> members) {}

    public record NewGroup(String name, String description) {}

    public record NewMember(String username) {}

    @Inject
    CurrentAccount currentAccount;

    @Inject
    Groups groups;

    @GET
    @Operation(summary = "All groups with their number of members")
    public List<GroupSummary> list() {
        currentAccount.require(Role.MEMBER);
        return groups.all().stream()
                .map(l -> new GroupSummary(l.group().name(), l.group().description(), l.size()))
                .toList();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Create a group (administrators)")
    public Response create(NewGroup form) {
        Account actor = currentAccount.require(Role.MEMBER);
        NewGroup given = form == null ? new NewGroup(null, null) : form;
        Map<String, String> problems = groups.create(actor, given.name(), given.description());
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        return Response.status(Response.Status.CREATED)
                .entity(detail(find(given.name())))
                .build();
    }

    @GET
    @Path("{name}")
    @Operation(summary = "A group and its members")
    public GroupDetail group(@PathParam("name") String name) {
        currentAccount.require(Role.MEMBER);
        return detail(find(name));
    }

    @POST
    @Path("{name}/members")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Add a member (group owners and administrators)")
    public GroupDetail add(@PathParam("name") String name, NewMember form) {
        Account actor = currentAccount.require(Role.MEMBER);
        MemberGroup group = find(name);
        if (!groups.add(actor, group, form == null ? null : form.username())) {
            throw new InvalidInput(Map.of("username", "groups.member.unknown"));
        }
        return detail(group);
    }

    @DELETE
    @Path("{name}/members/{username}")
    @Operation(summary = "Remove a member (group owners and administrators)")
    public GroupDetail remove(@PathParam("name") String name, @PathParam("username") String username) {
        Account actor = currentAccount.require(Role.MEMBER);
        MemberGroup group = find(name);
        long accountId = groups.members(group).stream()
                .filter(m -> m.account().username().equalsIgnoreCase(username))
                .findFirst()
                .map(m -> m.account().id())
                .orElse(-1L);
        groups.remove(actor, group, accountId); // refused (403) to anyone who may not manage the group
        return detail(group);
    }

    private MemberGroup find(String name) {
        return groups.find(name).orElseThrow(NotFoundException::new);
    }

    private GroupDetail detail(MemberGroup group) {
        return new GroupDetail(
                group.name(),
                group.description(),
                groups.members(group).stream().map(Member::of).toList());
    }
}
