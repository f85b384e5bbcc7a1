package org.palabre.web.boundary;

import jakarta.inject.Inject;
import jakarta.json.JsonException;
import jakarta.json.bind.JsonbException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.palabre.security.control.TooManyRequests;
import org.palabre.web.control.InvalidInput;
import org.palabre.web.control.Refusal;
import org.palabre.web.control.SignInRequired;

/**
 * Every failure answered in the reader's terms. Exception messages are message keys ("csrf.missingToken");
 * anything else, such as an internal error's text, never reaches the reader, only the log.
 */
@Provider
public class ErrorResponses implements ExceptionMapper<Throwable> {

    private static final Logger LOG = Logger.getLogger(ErrorResponses.class.getName());

    @Context
    UriInfo uriInfo;

    @Inject
    ErrorRendering errors;

    @Override
    public Response toResponse(Throwable failure) {
        boolean api = uriInfo.getPath().startsWith("api/");
        // Nothing but resources lives under /api, so its 404s are answered here, for every method.
        if (failure instanceof NotFoundException
                && uriInfo.getMatchedResources().isEmpty()
                && !api) {
            /*
             * No resource matched: an empty 404 lets the request go on to the container (Jersey runs as a
             * filter, forwardOn404). It may be a servlet's or a file's, and if nobody has it, the
             * container's error page (ErrorPagesResource) shows the same 404 page as everything else.
             */
            return Response.status(Response.Status.NOT_FOUND).build();
        }
        if (unreadableBody(failure)) {
            // Malformed JSON, or a value of the wrong type: the client's mistake, told as a 400 problem.
            return errors.render(400, errors.detailKey(400, null), api).build();
        }
        if (failure instanceof InvalidInput invalid) {
            return errors.invalidInput(invalid.problems(), invalid.argument()).build();
        }
        if (failure instanceof SignInRequired signIn && !api) {
            String returnTo = URLEncoder.encode(signIn.returnTo(), StandardCharsets.UTF_8);
            return Response.seeOther(URI.create("/signin?next=" + returnTo)).build();
        }
        Response original = failure instanceof WebApplicationException w ? w.getResponse() : null;
        int status = failure instanceof Refusal refusal
                ? refusal.status()
                : failure instanceof TooManyRequests ? 429 : original == null ? 500 : original.getStatus();
        if (status < 400) {
            return original; // a redirect a resource threw on purpose
        }
        if (status >= 500) {
            String incident = UUID.randomUUID().toString();
            LOG.log(
                    Level.SEVERE,
                    "Incident " + incident + " on " + uriInfo.getRequestUri().getPath(),
                    failure);
        }
        Response.ResponseBuilder response;
        if (failure instanceof Refusal refusal) {
            response = errors.renderText(
                    status,
                    errors.text(errors.detailKey(status, refusal.key()), errors.shown(refusal.arguments())),
                    api);
        } else if (failure instanceof TooManyRequests limited) {
            response = errors.renderText(status, errors.text("error.rateLimited", limited.waitSeconds()), api)
                    .header("Retry-After", limited.waitSeconds());
        } else {
            response =
                    errors.render(status, errors.detailKey(status, status >= 500 ? null : failure.getMessage()), api);
        }
        if (failure instanceof SignInRequired) {
            response.header("WWW-Authenticate", "Bearer"); // the API's personal tokens
        } else if (original != null && original.getHeaderString("WWW-Authenticate") != null) {
            response.header("WWW-Authenticate", original.getHeaderString("WWW-Authenticate"));
        }
        return response.build();
    }

    /**
     * Jersey wraps what the JSON-B provider (Yasson) throws while reading a body, truncated or too deep JSON,
     * a string where a number belongs, a number too large for its field, in a ProcessingException.
     */
    static boolean unreadableBody(Throwable failure) {
        if (!(failure instanceof ProcessingException)) {
            return false;
        }
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof JsonbException || cause instanceof JsonException) {
                return true;
            }
        }
        return false;
    }
}
