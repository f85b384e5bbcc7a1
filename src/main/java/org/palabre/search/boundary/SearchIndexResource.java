package org.palabre.search.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.palabre.accounts.control.CurrentAccount;
import org.palabre.accounts.entity.Role;
import org.palabre.search.control.Reindexing;
import org.palabre.web.control.Pages;

/**
 * For administrators: rebuild the search index, and follow it. While a rebuild runs the page reloads itself every
 * few seconds by a meta refresh, so its progress shows without JavaScript.
 */
@Path("admin/search")
@Produces("text/html;charset=UTF-8")
@RequestScoped
@Transactional
public class SearchIndexResource {

    @Inject
    CurrentAccount currentAccount;

    @Inject
    Reindexing reindexing;

    @Inject
    Pages pages;

    @GET
    @Operation(hidden = true)
    public String progress() {
        currentAccount.require(Role.ADMIN);
        return pages.render("search/reindex.jte", Map.of("progress", reindexing.progress()));
    }

    @POST
    @Operation(hidden = true)
    public Response reindex() {
        currentAccount.require(Role.ADMIN);
        reindexing.start();
        return Response.seeOther(URI.create("/admin/search")).build();
    }
}
