package org.palabre.categories.boundary;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
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
import org.palabre.topics.boundary.TopicsApi;
import org.palabre.topics.control.TopicListings;
import org.palabre.web.control.InvalidInput;

/** Categories over JSON: only those the caller may read exist; administrators create and change them. */
@Path("api/categories")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Categories")
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
            boolean canWrite) {}

    public record CategoryTopics(CategoryJson category, List<TopicsApi.TopicJson> topics, int page, boolean hasNext) {}

    @Inject
    CurrentAccount currentAccount;

    @Inject
    Categories categories;

    @Inject
    CategoryPermissions permissions;

    @Inject
    TopicListings listings;

    @GET
    @Operation(summary = "The categories the caller may read, in display order")
    public List<CategoryJson> list() {
        Account reader = currentAccount.get().orElse(null);
        Map<Long, Long> counts = categories.topicCounts(reader);
        return permissions.readable(reader).stream()
                .map(c -> json(reader, c, counts))
                .toList();
    }

    @GET
    @Path("{slug}")
    @Operation(summary = "A category and a page of its latest topics (30 per page)")
    public CategoryTopics category(@PathParam("slug") String slug, @QueryParam("page") Integer page) {
        Account reader = currentAccount.get().orElse(null);
        Category category = categories.readable(reader, slug).orElseThrow(NotFoundException::new);
        TopicListings.Listing listing = listings.latest(reader, category, page == null ? 1 : page);
        return new CategoryTopics(
                json(reader, category, categories.topicCounts(reader)),
                listing.topics().stream().map(TopicsApi.TopicJson::of).toList(),
                listing.page(),
                listing.hasNext());
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
                .entity(category(given.slug().strip(), 1).category())
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

    private CategoryJson json(Account reader, Category category, Map<Long, Long> counts) {
        return new CategoryJson(
                category.slug(),
                category.name(),
                category.description(),
                category.colour(),
                category.position(),
                category.readAccess().name(),
                category.writeAccess().name(),
                counts.getOrDefault(category.id(), 0L),
                permissions.canWrite(reader, category));
    }
}
