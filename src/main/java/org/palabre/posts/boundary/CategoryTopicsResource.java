package org.palabre.posts.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import java.util.HashMap;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.palabre.accounts.control.CurrentAccount;
import org.palabre.accounts.entity.Account;
import org.palabre.categories.control.Categories;
import org.palabre.categories.control.CategoryPermissions;
import org.palabre.categories.entity.Category;
import org.palabre.posts.control.TopicListings;
import org.palabre.web.control.Pages;

/** A category's page: its latest topics, as the topic lists count and order them. */
@Path("/")
@Produces("text/html;charset=UTF-8")
@RequestScoped
@Transactional
public class CategoryTopicsResource {

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
    Instance<CategoryPageSection> sections;

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
        sections.forEach(section -> section.addTo(model, reader, category));
        return pages.render("categories/category.jte", model);
    }
}
