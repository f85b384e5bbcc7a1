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
import java.util.LinkedHashMap;
import java.util.Map;
import org.palabre.security.control.SiteAddress;

/**
 * Headers that make every response safer to render: only this origin may supply scripts, styles, images and
 * frames, no inline script runs, and no other site may embed Palabre or learn which page a reader came from.
 * It runs on every dispatch (web.xml), so the container's own error pages carry them too. Answers to a
 * signed-in request are never stored by any cache ({@link PrivateAnswers}).
 */
@WebFilter(filterName = "security-headers", urlPatterns = "/*", asyncSupported = true)
public class SecurityHeadersFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    /** A year: browsers then keep to https between visits (RFC 6797). */
    static final String STRICT_TRANSPORT_SECURITY = "max-age=31536000";

    static final String CONTENT_SECURITY_POLICY = String.join(
            "; ",
            "default-src 'self'",
            "script-src 'self'",
            "style-src 'self'",
            "img-src 'self'",
            "font-src 'self'",
            "connect-src 'self'",
            "form-action 'self'",
            "frame-ancestors 'none'",
            "base-uri 'none'",
            "object-src 'none'");

    @Inject
    SiteAddress siteAddress;

    /** The headers of every answer; over https, browsers are also told to keep to https (HSTS). */
    static Map<String, String> headers(boolean https) {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Content-Security-Policy", CONTENT_SECURITY_POLICY);
        headers.put("X-Content-Type-Options", "nosniff");
        headers.put("Referrer-Policy", "same-origin");
        headers.put("X-Frame-Options", "DENY");
        headers.put("Cross-Origin-Opener-Policy", "same-origin");
        headers.put("Permissions-Policy", "camera=(), microphone=(), geolocation=(), interest-cohort=()");
        if (https) {
            headers.put("Strict-Transport-Security", STRICT_TRANSPORT_SECURITY);
        }
        return headers;
    }

    // Made once: every answer carries them, a kept visitor's page too.
    private static final Map<String, String> OVER_HTTP = Map.copyOf(headers(false));
    private static final Map<String, String> OVER_HTTPS = Map.copyOf(headers(true));

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        (siteAddress.isHttps() ? OVER_HTTPS : OVER_HTTP).forEach(response::setHeader);
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
