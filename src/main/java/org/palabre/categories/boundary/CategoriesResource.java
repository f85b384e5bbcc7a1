package org.palabre.categories.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.Response;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.palabre.accounts.control.CurrentAccount;
import org.palabre.accounts.entity.Account;
import org.palabre.categories.control.Categories;
import org.palabre.categories.control.CategoryPermissions;
import org.palabre.categories.entity.Category;
import org.palabre.web.control.Pages;

/** The categories a reader may read, and their colours. */
@Path("/")
@Produces("text/html;charset=UTF-8")
@RequestScoped
@Transactional
public class CategoriesResource {

    @Inject
    CurrentAccount currentAccount;

    @Inject
    Categories categories;

    @Inject
    CategoryPermissions permissions;

    @Inject
    Pages pages;

    @GET
    @Path("categories")
    @Operation(hidden = true)
    public String list() {
        Account reader = currentAccount.get().orElse(null);
        return pages.render(
                "categories/categories.jte",
                Map.of("categories", permissions.readable(reader), "topicCounts", categories.topicCounts(reader)));
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
