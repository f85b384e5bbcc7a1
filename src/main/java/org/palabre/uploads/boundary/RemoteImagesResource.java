package org.palabre.uploads.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletionException;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.palabre.accounts.control.CurrentAccount;
import org.palabre.markdown.control.ProxiedImages;
import org.palabre.security.control.RateLimits;
import org.palabre.security.control.TooManyRequests;
import org.palabre.uploads.control.ImageProxy;
import org.palabre.uploads.control.RemoteImageCache;
import org.palabre.uploads.control.StoredFiles;

/**
 * An image from another site, shown from here when the image proxy is on ({@link ProxiedImages}): only at an
 * address this site signed, fetched by the server ({@link ImageProxy}), served re-encoded like an upload. A failed
 * fetch answers 502 with a short text (the page shows the image's description instead), never the other site's
 * address. Fetches count against the client ({@code palabre.limits.image-proxy-client}); kept images do not.
 *
 * <p>No single transaction here: a fetch may take seconds and must not hold a database connection meanwhile, so
 * reading and keeping what was fetched are each their own short one.
 */
@Path("uploads/remote")
@RequestScoped
public class RemoteImagesResource {

    private static final Logger LOG = Logger.getLogger(RemoteImagesResource.class.getName());

    static final RateLimits.Limit FETCHES = new RateLimits.Limit("image-proxy-client", 30, Duration.ofSeconds(60));

    @Inject
    ProxiedImages proxiedImages;

    @Inject
    ImageProxy proxy;

    @Inject
    StoredFiles files;

    @Inject
    RateLimits rateLimits;

    @Inject
    CurrentAccount currentAccount;

    @Context
    HttpServletRequest http;

    @GET
    @Path("{token: " + ProxiedImages.TOKEN + "}")
    @Operation(hidden = true)
    public Response image(@PathParam("token") String token) {
        Optional<URI> address = proxiedImages.on() ? proxiedImages.target(token) : Optional.empty();
        if (address.isEmpty()) {
            return unavailable(404);
        }
        String client = currentAccount.get().map(a -> "account:" + a.id()).orElse("address:" + http.getRemoteAddr());
        RemoteImageCache.Entry entry;
        try {
            entry = proxy.of(address.get(), () -> rateLimits.take(FETCHES, client));
        } catch (TooManyRequests limited) {
            return Response.fromResponse(unavailable(429))
                    .header("Retry-After", limited.waitSeconds())
                    .build();
        } catch (CompletionException | jakarta.persistence.PersistenceException e) {
            // another reader's fetch failed, or the row could not be kept: this reader tries again later
            LOG.log(Level.WARNING, "Image proxy: " + e);
            return unavailable(502);
        }
        if (entry.failed()) {
            return unavailable(502);
        }
        Optional<Long> size;
        try {
            size = files.size(entry.sha256());
        } catch (IOException e) {
            size = Optional.empty();
        }
        if (size.isEmpty()) {
            return unavailable(502);
        }
        StreamingOutput body = out -> {
            try (InputStream in = files.open(entry.sha256(), 0)) {
                in.transferTo(out);
            }
        };
        return secured(Response.ok(body))
                .header("Content-Type", entry.mediaType())
                .header("Content-Length", size.get())
                .header("ETag", "\"" + entry.sha256().substring(0, 32) + "\"")
                .header("Cache-Control", "public, max-age=86400")
                .header("Content-Disposition", "inline")
                .build();
    }

    /** A plain-text answer the browser shows as a missing image, with the image's description in its place. */
    private static Response unavailable(int status) {
        return secured(Response.status(status))
                .header("Content-Type", "text/plain;charset=UTF-8")
                .header("Cache-Control", "no-store")
                .entity("Image unavailable / Image indisponible\n")
                .build();
    }

    private static Response.ResponseBuilder secured(Response.ResponseBuilder answer) {
        return answer.header("X-Content-Type-Options", "nosniff")
                .header("Content-Security-Policy", "sandbox; default-src 'none'")
                .header("Cross-Origin-Resource-Policy", "same-origin")
                .header("Referrer-Policy", "no-referrer");
    }
}
