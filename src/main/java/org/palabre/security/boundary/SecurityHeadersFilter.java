package org.palabre.security.boundary;

import jakarta.inject.Inject;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Map;
import org.palabre.security.control.SecurityHeaders;
import org.palabre.security.control.SiteAddress;

/**
 * Puts {@link SecurityHeaders} on every response. It runs on every dispatch (web.xml), so the container's own
 * error pages carry them too (a visitor's kept page gets them from VisitorPagesFilter, which answers it first).
 * Answers to a signed-in request are never stored by any cache ({@link PrivateAnswers}).
 */
@WebFilter(filterName = "security-headers", urlPatterns = "/*", asyncSupported = true)
public class SecurityHeadersFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    @Inject
    SiteAddress siteAddress;

    /** The headers of every answer (see {@link SecurityHeaders}). */
    static Map<String, String> headers(boolean https) {
        return SecurityHeaders.of(https);
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        SecurityHeaders.setOn(response, siteAddress.isHttps());
        if (request.getDispatcherType() == DispatcherType.REQUEST && "TRACE".equals(request.getMethod())) {
            /*
             * The listener lets TRACE through (pre-boot-commands.txt) only so that its refusal carries these
             * headers: the container's default servlet would echo the request, cookies included, back.
             */
            response.sendError(HttpServletResponse.SC_METHOD_NOT_ALLOWED);
            return;
        }
        chain.doFilter(request, StaticFiles.isStatic(request) ? response : PrivateAnswers.guard(request, response));
    }
}
