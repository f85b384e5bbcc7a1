package org.palabre.categories.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.palabre.accounts.control.CurrentAccount;
import org.palabre.accounts.entity.Account;
import org.palabre.accounts.entity.Role;
import org.palabre.categories.control.Categories;
import org.palabre.categories.control.CategoryPermissions;
import org.palabre.categories.entity.Category;
import org.palabre.categories.entity.CategoryGroup;
import org.palabre.groups.control.Groups;
import org.palabre.web.control.Confirmation;
import org.palabre.web.control.Pages;

/** Administrators create categories and set their order, colour, and who reads and writes there. */
@Path("admin/categories")
@Produces("text/html;charset=UTF-8")
@RequestScoped
@Transactional
public class CategoriesAdminResource {

    @Inject
    CurrentAccount currentAccount;

    @Inject
    Categories categories;

    @Inject
    CategoryPermissions permissions;

    @Inject
    Groups groups;

    @Inject
    Pages pages;

    @GET
    @Operation(hidden = true)
    public String list() {
        currentAccount.require(Role.ADMIN);
        return render(null, blank(), Map.of(), 200).getEntity().toString();
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(hidden = true)
    public Response create(
            @FormParam("name") String name,
            @FormParam("slug") String slug,
            @FormParam("description") String description,
            @FormParam("colour") String colour,
            @FormParam("position") String position,
            @FormParam("readAccess") String readAccess,
            @FormParam("readGroups") String readGroups,
            @FormParam("writeAccess") String writeAccess,
            @FormParam("writeGroups") String writeGroups) {
        Account admin = currentAccount.require(Role.ADMIN);
        Categories.Form form =
                form(name, slug, description, colour, position, readAccess, readGroups, writeAccess, writeGroups);
        Map<String, String> problems = categories.create(admin, form);
        return problems.isEmpty()
                ? Response.seeOther(URI.create("/c/" + slug.strip())).build()
                : render(null, form, problems, 422);
    }

    @GET
    @Path("{slug}")
    @Operation(hidden = true)
    public String editForm(@PathParam("slug") String slug) {
        currentAccount.require(Role.ADMIN);
        Category category = categories.find(slug).orElseThrow(NotFoundException::new);
        return render(category, formOf(category), Map.of(), 200).getEntity().toString();
    }

    @POST
    @Path("{slug}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(hidden = true)
    public Response update(
            @PathParam("slug") String current,
            @FormParam("name") String name,
            @FormParam("slug") String slug,
            @FormParam("description") String description,
            @FormParam("colour") String colour,
            @FormParam("position") String position,
            @FormParam("readAccess") String readAccess,
            @FormParam("readGroups") String readGroups,
            @FormParam("writeAccess") String writeAccess,
            @FormParam("writeGroups") String writeGroups) {
        Account admin = currentAccount.require(Role.ADMIN);
        Category category = categories.find(current).orElseThrow(NotFoundException::new);
        Categories.Form form =
                form(name, slug, description, colour, position, readAccess, readGroups, writeAccess, writeGroups);
        Map<String, String> problems = categories.update(admin, category, form);
        return problems.isEmpty()
                ? Response.seeOther(URI.create("/c/" + slug.strip())).build()
                : render(category, form, problems, 422);
    }

    @POST
    @Path("{slug}/delete")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(hidden = true)
    public Response delete(@PathParam("slug") String slug, @FormParam("confirm") String confirm) {
        Account admin = currentAccount.require(Role.ADMIN);
        Category category = categories.find(slug).orElseThrow(NotFoundException::new);
        if (!Confirmation.given(confirm)) {
            return Response.ok(pages.confirm(new Confirmation(
                            "categories.delete.confirmTitle",
                            pages.text("categories.delete.confirm", category.name()),
                            "/admin/categories/" + category.slug() + "/delete",
                            Map.of(),
                            "/admin/categories/" + category.slug())))
                    .build();
        }
        if (!categories.delete(admin, category)) {
            return render(category, formOf(category), Map.of("delete", "categories.delete.notEmpty"), 409);
        }
        return Response.seeOther(URI.create("/admin/categories")).build();
    }

    private Response render(Category editing, Categories.Form form, Map<String, String> problems, int status) {
        Map<String, Object> model = new HashMap<>();
        model.put("categories", permissions.all());
        model.put("editing", editing == null ? "" : editing.slug());
        model.put("form", form);
        model.put("problems", problems);
        model.put(
                "groupNames",
                groups.all().stream().map(listed -> listed.group().name()).toList());
        Long moderators = editing == null ? null : editing.moderatorGroupId();
        model.put(
                "moderatorGroupName",
                groups.all().stream()
                        .filter(listed -> listed.group().id().equals(moderators))
                        .map(listed -> listed.group().name())
                        .findFirst()
                        .orElse(""));
        return Response.status(status)
                .entity(pages.render("categories/admin.jte", model))
                .build();
    }

    private static Categories.Form blank() {
        return new Categories.Form("", "", "", "#4b5563", "0", "EVERYONE", List.of(), "MEMBERS", List.of());
    }

    private Categories.Form formOf(Category category) {
        return new Categories.Form(
                category.name(),
                category.slug(),
                category.description(),
                category.colour(),
                String.valueOf(category.position()),
                category.readAccess().name(),
                groupNames(category, CategoryGroup.Right.READ),
                category.writeAccess().name(),
                groupNames(category, CategoryGroup.Right.WRITE));
    }

    private List<String> groupNames(Category category, CategoryGroup.Right right) {
        return groups.all().stream()
                .map(Groups.Listed::group)
                .filter(g -> category.groupsWith(right).contains(g.id()))
                .map(g -> g.name())
                .toList();
    }

    private static Categories.Form form(
            String name,
            String slug,
            String description,
            String colour,
            String position,
            String readAccess,
            String readGroups,
            String writeAccess,
            String writeGroups) {
        return new Categories.Form(
                name,
                slug,
                description,
                colour,
                position,
                readAccess,
                names(readGroups),
                writeAccess,
                names(writeGroups));
    }

    /** Group names typed separated by commas or spaces. */
    private static List<String> names(String typed) {
        return typed == null
                ? List.of()
                : Arrays.stream(typed.split("[,\\s]+"))
                        .filter(n -> !n.isBlank())
                        .limit(50)
                        .toList();
    }
}
