package org.palabre.search.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.palabre.accounts.control.CurrentAccount;
import org.palabre.accounts.entity.Account;
import org.palabre.search.control.Excerpt;
import org.palabre.search.control.SearchLimits;
import org.palabre.search.control.SearchResults;
import org.palabre.search.control.Searcher;
import org.palabre.security.control.RateLimits;

/** Search over JSON, for visitors, members and API tokens alike: the same query and permissions as the page. */
@Path("api/search")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Search")
@RequestScoped
@Transactional
public class SearchApi {

    /** A match as plain text: {@code excerpt} parts with {@code matched} true are the words found. */
    public record HitJson(
            long postId,
            int number,
            long topicId,
            String topic,
            String path,
            String author,
            Instant createdAt,
            List<Excerpt.Part> excerpt) {

        static HitJson of(SearchResults.Hit hit) {
            return new HitJson(
                    hit.postId(),
                    hit.number(),
                    hit.topicId(),
                    hit.topicTitle(),
                    hit.path(),
                    hit.author(),
                    hit.createdAt(),
                    hit.excerpt().parts());
        }
    }

    /** {@code total} is exact when {@code totalExact}; otherwise more posts match than were counted. */
    public record Found(long total, boolean totalExact, int page, int pageSize, List<HitJson> hits) {}

    @Inject
    CurrentAccount currentAccount;

    @Inject
    Searcher searcher;

    @Inject
    RateLimits rateLimits;

    @Context
    HttpServletRequest http;

    @GET
    @Operation(summary = "Posts the caller may read that match, 20 per page")
    @Parameter(name = "q", in = ParameterIn.QUERY, description = "words, \"phrases\", -word, @member, #category")
    @Parameter(name = "category", in = ParameterIn.QUERY, description = "a category's address")
    @Parameter(name = "author", in = ParameterIn.QUERY, description = "a member's username")
    @Parameter(name = "from", in = ParameterIn.QUERY, description = "first day, YYYY-MM-DD")
    @Parameter(name = "to", in = ParameterIn.QUERY, description = "last day, YYYY-MM-DD")
    @Parameter(name = "topic", in = ParameterIn.QUERY, description = "a topic's id: in this topic only")
    @Parameter(name = "titles", in = ParameterIn.QUERY, description = "any value: titles only")
    @Parameter(name = "sort", in = ParameterIn.QUERY, description = "relevance (default) or date")
    @Parameter(name = "page", in = ParameterIn.QUERY, description = "from 1")
    public Found search(@Context UriInfo uri) {
        Account reader = currentAccount.get().orElse(null);
        rateLimits.take(SearchLimits.SEARCH, SearchLimits.clientKey(reader, http.getRemoteAddr()));
        SearchResults results = searcher.search(reader, SearchForm.request(uri.getQueryParameters()));
        return new Found(
                results.total(),
                results.exact(),
                results.page(),
                org.palabre.search.control.SearchRequest.PAGE_SIZE,
                results.hits().stream().map(HitJson::of).toList());
    }
}
