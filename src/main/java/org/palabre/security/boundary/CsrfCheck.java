package org.palabre.security.boundary;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.ForbiddenException;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.Provider;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.util.Set;
import org.palabre.security.control.CsrfTokens;
import org.palabre.security.control.MultipartForm;
import org.palabre.security.control.SiteAddress;

/**
 * Refuses state-changing requests that another site could have made a member's browser send.
 *
 * <p>Forms must carry the anti-forgery token; the JSON API accepts a bearer token or a same-origin request.
 * Any request whose Origin (or, lacking it, Referer) names another site is refused outright.
 */
@Provider
@Priority(Priorities.AUTHENTICATION - 100)
public class CsrfCheck implements ContainerRequestFilter {

    private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS");
    private static final String ONE_CLICK_UNSUBSCRIBE = "mail/unsubscribe/";
    private static final String LANGUAGE_SWITCH = "language";

    @Context
    HttpServletRequest servletRequest;

    /** The path of the mail server's pipe (incoming/boundary/MailPipeResource). */
    static final String MAIL_PIPE = "mail/in";

    @Inject
    CsrfTokens tokens;

    @Inject
    SiteAddress siteAddress;

    @Override
    public void filter(ContainerRequestContext request) throws IOException {
        if (SAFE_METHODS.contains(request.getMethod()) || servletRequest.getDispatcherType() == DispatcherType.ERROR) {
            return; // an error page shown for a refused request changes nothing
        }
        if (request.getUriInfo().getPath().startsWith(ONE_CLICK_UNSUBSCRIBE)) {
            // RFC 8058: mail clients post from their own servers, with no cookie and any Origin. The secret token in
            // the path is the proof, and a page on another site cannot know it.
            return;
        }
        if (request.getUriInfo().getPath().equals(MAIL_PIPE)) {
            // The mail server pipes messages in with the shared secret in a header: a page on another site cannot
            // know it, and the resource refuses every request without it.
            return;
        }
        String claimedOrigin = claimedOrigin(request);
        String ownOrigin = siteAddress.originOf(servletRequest);
        if (claimedOrigin != null && !claimedOrigin.equals(ownOrigin)) {
            throw new ForbiddenException("csrf.crossOrigin");
        }
        if (request.getUriInfo().getPath().equals(LANGUAGE_SWITCH)) {
            /*
             * The language switch in every page's header only sets the reader's language cookie, which the reader
             * could set anyway: a form token there would make every visitor's page different, so no page could be
             * kept once for all visitors. Another site's forms are still refused by their Origin above.
             */
            return;
        }
        if (request.getUriInfo().getPath().startsWith("api/")) {
            String authorization = request.getHeaderString(HttpHeaders.AUTHORIZATION);
            boolean bearer = authorization != null && authorization.regionMatches(true, 0, "Bearer ", 0, 7);
            if (!bearer && claimedOrigin == null) {
                throw new ForbiddenException("csrf.apiNeedsOriginOrToken");
            }
            return;
        }
        String contentType = request.getHeaderString(HttpHeaders.CONTENT_TYPE);
        if (MultipartForm.isMultipart(contentType)) {
            // A composer sending a file: the whole body is read (bounded) and the token found among its parts.
            RequestBodies.refuseLargerThan(request.getLength(), RequestBodies.MAX_MULTIPART_BYTES);
            byte[] body = RequestBodies.readLimited(request.getEntityStream(), RequestBodies.MAX_MULTIPART_BYTES);
            request.setEntityStream(new ByteArrayInputStream(body));
            MultipartForm form = MultipartForm.parse(body, contentType);
            if (!tokens.isValid(servletRequest, form.field(CsrfTokens.FORM_FIELD))) {
                throw new ForbiddenException("csrf.missingToken");
            }
            // The room is for the file: the text typed beside it is held to what a form without a file may send.
            RequestBodies.refuseLargerThan(
                    (int) Math.min(Integer.MAX_VALUE, form.fieldBytes()), RequestBodies.MAX_FORM_BYTES);
            return;
        }
        if (!MediaType.APPLICATION_FORM_URLENCODED_TYPE.isCompatible(request.getMediaType())) {
            throw new ForbiddenException("csrf.missingToken");
        }
        byte[] body = RequestBodies.readLimited(request.getEntityStream());
        request.setEntityStream(new ByteArrayInputStream(body));
        if (!tokens.isValid(servletRequest, RequestBodies.formField(body, CsrfTokens.FORM_FIELD))) {
            throw new ForbiddenException("csrf.missingToken");
        }
    }

    /** Origin, or the origin of Referer when a browser sends no Origin; null when neither is present. */
    private static String claimedOrigin(ContainerRequestContext request) {
        String origin = request.getHeaderString("Origin");
        if (origin != null) {
            return origin;
        }
        String referer = request.getHeaderString("Referer");
        if (referer == null) {
            return null;
        }
        try {
            URI uri = URI.create(referer);
            return uri.getScheme() == null || uri.getHost() == null ? "invalid" : SiteAddress.origin(uri);
        } catch (IllegalArgumentException e) {
            return "invalid";
        }
    }
}
