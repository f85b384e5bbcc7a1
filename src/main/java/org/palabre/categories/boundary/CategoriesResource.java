package org.palabre.categories.boundary;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.Response;
import java.util.HashMap;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.palabre.accounts.control.CurrentAccount;
import org.palabre.accounts.entity.Account;
import org.palabre.categories.control.Categories;
import org.palabre.categories.control.CategoryPermissions;
import org.palabre.categories.entity.Category;
import org.palabre.topics.control.TopicListings;
import org.palabre.watching.control.Watches;
import org.palabre.web.control.Pages;

/** The categories a reader may read, each one's latest topics, and their colours. */
@Path("/")
@Produces("text/html;charset=UTF-8")
public class CategoriesResource {

    @Inject
    CurrentAccount currentAccount;

    @Inject
    Categories categories;

    @Inject
    CategoryPermissions permissions;

    @Inject
    TopicListings listings;

    @Inject
    Pages pages;

    @Inject
    Watches watches;

    @GET
    @Path("categories")
    @Operation(hidden = true)
    public String list() {
        Account reader = currentAccount.get().orElse(null);
        return pages.render(
                "categories/categories.jte",
                Map.of("categories", permissions.readable(reader), "topicCounts", categories.topicCounts(reader)));
    }

    @GET
    @Path("c/{slug}")
    @Operation(hidden = true)
    public String category(@PathParam("slug") String slug, @QueryParam("page") Integer page) {
        Account reader = currentAccount.get().orElse(null);
        Category category = categories.readable(reader, slug).orElseThrow(NotFoundException::new);
        Map<String, Object> model = new HashMap<>(Map.of(
                "category",
                category,
                "listing",
                listings.latest(reader, category, page == null ? 1 : page),
                "canStartTopic",
                permissions.canWrite(reader, category)));
        if (reader != null) {
            model.put("watchLevel", watches.level(reader.id(), Watches.Subject.CATEGORY, category.id()));
        }
        return pages.render("categories/category.jte", model);
    }

    /**
     * Category colours as a style sheet: the Content-Security-Policy forbids inline styles, so each colour
     * is a class. Only the categories this reader may read are named.
     */
    @GET
    @Path("categories.css")
    @Produces("text/css;charset=UTF-8")
    @Operation(hidden = true)
    public Response colours() {
        StringBuilder css = new StringBuilder();
        for (Category category : permissions.readable(currentAccount.get().orElse(null))) {
            css.append(".cat-")
                    .append(category.id())
                    .append("{--category:")
                    .append(category.colour())
                    .append("}\n");
        }
        CacheControl cache = new CacheControl();
        cache.setPrivate(true);
        cache.setMaxAge(300);
        return Response.ok(css.toString()).cacheControl(cache).build();
    }
}
