package org.palabre.web.boundary;

import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.ext.Provider;
import java.util.Set;
import org.palabre.web.control.PublicPages;

/**
 * Marks the visitors' pages stale once a request that may write has done its work (its transaction is over)
 * and before its answer leaves: the author's next page, and everyone's, shows the change. VisitorPagesFilter
 * does it when the request ends for what ends outside a resource (and for a resource that failed before this).
 */
@Provider
public class WritesMakePagesStale implements ContainerResponseFilter {

    /** Set once the pages were marked stale, so the same request does not bump the servers' shared version twice. */
    static final String DONE = "palabre.visitor-pages.stale";

    private static final Set<String> READS = Set.of("GET", "HEAD", "OPTIONS");

    @Inject
    PublicPages publicPages;

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        if (!READS.contains(request.getMethod())) {
            publicPages.changed();
            request.setProperty(DONE, Boolean.TRUE);
        }
    }
}
