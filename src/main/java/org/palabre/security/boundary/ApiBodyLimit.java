package org.palabre.security.boundary;

import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.ext.Provider;
import java.io.ByteArrayInputStream;
import java.io.IOException;

/**
 * Caps JSON bodies as form bodies are capped (CsrfCheck reads those). JSON-B reads a whole body into memory
 * before any resource can refuse it: one request of a few hundred megabytes, signed in or not, ran the server
 * out of memory.
 */
@Provider
@Priority(Priorities.AUTHENTICATION - 200)
public class ApiBodyLimit implements ContainerRequestFilter {

    @Override
    public void filter(ContainerRequestContext request) throws IOException {
        if (!request.getUriInfo().getPath().startsWith("api/")) {
            return;
        }
        // Files sent to the API (api/uploads) come as multipart bodies, up to the uploads' ceiling.
        int max = request.getUriInfo().getPath().startsWith("api/uploads")
                ? RequestBodies.MAX_MULTIPART_BYTES
                : RequestBodies.MAX_FORM_BYTES;
        RequestBodies.refuseLargerThan(request.getLength(), max);
        if (request.hasEntity()) {
            request.setEntityStream(
                    new ByteArrayInputStream(RequestBodies.readLimited(request.getEntityStream(), max)));
        }
    }
}
