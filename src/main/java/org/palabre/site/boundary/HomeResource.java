package org.palabre.site.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.palabre.accounts.control.CurrentAccount;
import org.palabre.accounts.entity.Account;
import org.palabre.categories.control.CategoryPermissions;
import org.palabre.categories.entity.Category;
import org.palabre.posts.control.TopicListings;
import org.palabre.web.control.Pages;

/** The home page: the latest topics of every category the reader may read. */
@Path("/")
@Produces("text/html;charset=UTF-8")
@RequestScoped
@Transactional
public class HomeResource {

    @Inject
    Pages pages;

    @Inject
    CurrentAccount currentAccount;

    @Inject
    CategoryPermissions permissions;

    @Inject
    TopicListings listings;

    @GET
    @Operation(hidden = true)
    public String home(@QueryParam("page") Integer page) {
        Account reader = currentAccount.get().orElse(null);
        Map<Long, Category> readable =
                permissions.readable(reader).stream().collect(Collectors.toMap(Category::id, Function.identity()));
        boolean canStart = readable.values().stream().anyMatch(category -> permissions.canWrite(reader, category));
        return pages.render(
                "site/home.jte",
                Map.of(
                        "listing",
                        listings.latest(reader, null, page == null ? 1 : page),
                        "categories",
                        readable,
                        "canStartTopic",
                        canStart));
    }
}
