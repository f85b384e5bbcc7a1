package org.palabre.search.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.UriInfo;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.palabre.accounts.control.CurrentAccount;
import org.palabre.accounts.entity.Account;
import org.palabre.categories.control.CategoryPermissions;
import org.palabre.search.control.SearchLimits;
import org.palabre.search.control.SearchRequest;
import org.palabre.search.control.SearchResults;
import org.palabre.search.control.Searcher;
import org.palabre.security.control.RateLimits;
import org.palabre.web.control.Pages;

/** The search page: a plain GET form and its results, grouped by topic. Works without JavaScript. */
@Path("search")
@Produces("text/html;charset=UTF-8")
@RequestScoped
@Transactional
public class SearchResource {

    @Inject
    CurrentAccount currentAccount;

    @Inject
    Searcher searcher;

    @Inject
    CategoryPermissions categories;

    @Inject
    RateLimits rateLimits;

    @Inject
    Pages pages;

    @Context
    HttpServletRequest http;

    @GET
    @Operation(hidden = true)
    public String search(@Context UriInfo uri) {
        Account reader = currentAccount.get().orElse(null);
        SearchRequest request = SearchForm.request(uri.getQueryParameters());
        SearchResults results = SearchResults.none();
        if (!request.terms().isEmpty() || request.author() != null || request.topic() != null) {
            rateLimits.take(SearchLimits.SEARCH, SearchLimits.clientKey(reader, http.getRemoteAddr()));
            results = searcher.search(reader, request);
        }
        return pages.render(
                "search/search.jte",
                Map.of(
                        "request",
                        request,
                        "results",
                        results,
                        "categories",
                        categories.readable(reader),
                        "searched",
                        !request.query().isBlank() || request.author() != null));
    }
}
