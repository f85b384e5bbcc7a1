package org.palabre.categories.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
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
import org.palabre.categories.control.Categories;
import org.palabre.categories.control.CategoryPermissions;
import org.palabre.categories.entity.Category;
import org.palabre.web.control.InvalidInput;

/** Categories over JSON: only those the caller may read exist; administrators create and change them. */
@Path("api/categories")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Categories")
@RequestScoped
@Transactional
public class CategoriesApi {

    public record CategoryJson(
            String slug,
            String name,
            String description,
            String colour,
            int position,
            String readAccess,
            String writeAccess,
            long topics,
            boolean canWrite) {

        public static CategoryJson of(Category category, long topics, boolean canWrite) {
            return new CategoryJson(
                    category.slug(),
                    category.name(),
                    category.description(),
                    category.colour(),
                    category.position(),
                    category.readAccess().name(),
                    category.writeAccess().name(),
                    topics,
                    canWrite);
        }
    }

    @Inject
    CurrentAccount currentAccount;

    @Inject
    Categories categories;

    @Inject
    CategoryPermissions permissions;

    @GET
    @Operation(summary = "The categories the caller may read, in display order")
    public List<CategoryJson> list() {
        Account reader = currentAccount.get().orElse(null);
        Map<Long, Long> counts = categories.topicCounts(reader);
        return permissions.readable(reader).stream()
                .map(c -> json(reader, c, counts))
                .toList();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            summary =
                    "Create a category (administrators); readAccess EVERYONE, MEMBERS or GROUPS, writeAccess MEMBERS or GROUPS")
    public Response create(Categories.Form form) {
        Account admin = currentAccount.require(Role.ADMIN);
        Categories.Form given =
                form == null ? new Categories.Form(null, null, null, null, null, null, null, null, null) : form;
        Map<String, String> problems = categories.create(admin, given);
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        return Response.status(Response.Status.CREATED)
                .entity(created(admin, given.slug().strip()))
                .build();
    }

    @PUT
    @Path("{slug}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Change a category (administrators)")
    public CategoryJson update(@PathParam("slug") String slug, Categories.Form form) {
        Account admin = currentAccount.require(Role.ADMIN);
        Category category = categories.find(slug).orElseThrow(NotFoundException::new);
        Map<String, String> problems = categories.update(
                admin,
                category,
                form == null ? new Categories.Form(null, null, null, null, null, null, null, null, null) : form);
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        return new CategoryJson(
                form.slug().strip(),
                form.name().strip(),
                form.description(),
                form.colour(),
                Integer.parseInt(
                        form.position() == null || form.position().isBlank()
                                ? "0"
                                : form.position().strip()),
                form.readAccess(),
                form.writeAccess(),
                categories.topicCounts(admin).getOrDefault(category.id(), 0L),
                true);
    }

    private CategoryJson created(Account admin, String slug) {
        Category category = categories.readable(admin, slug).orElseThrow(NotFoundException::new);
        return json(admin, category, categories.topicCounts(admin));
    }

    private CategoryJson json(Account reader, Category category, Map<Long, Long> counts) {
        return CategoryJson.of(
                category, counts.getOrDefault(category.id(), 0L), permissions.canWrite(reader, category));
    }
}
