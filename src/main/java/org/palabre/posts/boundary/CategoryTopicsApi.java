package org.palabre.posts.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.palabre.accounts.control.CurrentAccount;
import org.palabre.accounts.entity.Account;
import org.palabre.categories.boundary.CategoriesApi.CategoryJson;
import org.palabre.categories.control.Categories;
import org.palabre.categories.control.CategoryPermissions;
import org.palabre.categories.entity.Category;
import org.palabre.posts.control.TopicListings;

/** A category with a page of its latest topics, beside the category API of the same path. */
@Path("api/categories")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Categories")
@RequestScoped
@Transactional
public class CategoryTopicsApi {

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
    @Path("{slug}")
    @Operation(summary = "A category and a page of its latest topics (30 per page)")
    public CategoryTopics category(@PathParam("slug") String slug, @QueryParam("page") Integer page) {
        Account reader = currentAccount.get().orElse(null);
        Category category = categories.readable(reader, slug).orElseThrow(NotFoundException::new);
        TopicListings.Listing listing = listings.latest(reader, category, page == null ? 1 : page);
        return new CategoryTopics(
                CategoryJson.of(
                        category,
                        categories.topicCounts(reader).getOrDefault(category.id(), 0L),
                        permissions.canWrite(reader, category)),
                listing.topics().stream().map(TopicsApi.TopicJson::of).toList(),
                listing.page(),
                listing.hasNext());
    }
}
