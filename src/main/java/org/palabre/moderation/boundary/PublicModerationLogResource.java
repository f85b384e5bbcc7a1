package org.palabre.moderation.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.palabre.accounts.control.CurrentAccount;
import org.palabre.categories.control.Categories;
import org.palabre.categories.entity.Category;
import org.palabre.moderation.control.ModerationLogEntries;
import org.palabre.web.control.Pages;

/**
 * A category's public moderation log, for whoever reads the category, when the category shows it: what was
 * done and why, with no names (moderators appear as "a moderator"), no flag messages and no addresses.
 */
@Path("c/{slug}/moderation-log")
@Produces("text/html;charset=UTF-8")
@RequestScoped
@Transactional
public class PublicModerationLogResource {

    @Inject
    CurrentAccount currentAccount;

    @Inject
    Categories categories;

    @Inject
    ModerationLogEntries entries;

    @Inject
    Pages pages;

    @GET
    @Operation(hidden = true)
    public String page(@PathParam("slug") String slug, @QueryParam("page") Integer page) {
        Category category = categories
                .readable(currentAccount.get().orElse(null), slug)
                .filter(Category::hasPublicModerationLog)
                .orElseThrow(NotFoundException::new);
        return pages.render(
                "moderation/public-log.jte",
                Map.of("category", category, "log", entries.publicLog(category.id(), page == null ? 1 : page)));
    }
}
