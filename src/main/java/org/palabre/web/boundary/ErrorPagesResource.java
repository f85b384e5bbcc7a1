package org.palabre.web.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** The pages the container shows for errors it meets outside the application (web.xml error-page). */
@Path("errors")
@RequestScoped
@Transactional
public class ErrorPagesResource {

    @Inject
    ErrorRendering errors;

    @Context
    HttpServletRequest request;

    @GET
    @Path("{status: [45][0-9][0-9]}")
    @Operation(hidden = true)
    public Response errorPage(@PathParam("status") int status) {
        Object containerStatus = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        int shown = containerStatus instanceof Integer code ? code : status;
        Object failedUri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        boolean api = failedUri instanceof String uri && uri.startsWith("/api/");
        return errors.render(shown, errors.detailKey(shown, null), api).build();
    }

    /** The container dispatches to the error page with the failed request's own method. */
    @POST
    @Path("{status: [45][0-9][0-9]}")
    @Operation(hidden = true)
    public Response errorPageAfterPost(@PathParam("status") int status) {
        return errorPage(status);
    }

    @PUT
    @Path("{status: [45][0-9][0-9]}")
    @Operation(hidden = true)
    public Response errorPageAfterPut(@PathParam("status") int status) {
        return errorPage(status);
    }

    @DELETE
    @Path("{status: [45][0-9][0-9]}")
    @Operation(hidden = true)
    public Response errorPageAfterDelete(@PathParam("status") int status) {
        return errorPage(status);
    }
}
