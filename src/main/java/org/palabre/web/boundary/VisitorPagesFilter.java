package org.palabre.web.boundary;

import jakarta.inject.Inject;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.palabre.security.control.CsrfTokens;
import org.palabre.security.control.SecurityHeaders;
import org.palabre.security.control.SiteAddress;
import org.palabre.web.control.LanguageChoice;
import org.palabre.web.control.PublicPages;

/**
 * Serves visitors' pages from {@link PublicPages}, with HTTP caching: a strong ETag per encoding, 304 to a
 * browser or proxy that holds the current page, gzip to those that take it, and {@code public, max-age=0,
 * must-revalidate} so shared caches may keep a visitor's page but ask each time. Pages for signed-in members
 * (a session cookie or an API token) are never kept here and are marked private elsewhere (PrivateAnswers).
 * Every request that may write marks the kept pages stale, whatever its outcome.
 */
@WebFilter(filterName = "visitor-pages", urlPatterns = "/*", asyncSupported = true)
public class VisitorPagesFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    static final String CACHE_CONTROL = "public, max-age=0, must-revalidate";
    /** A visitor's page follows its language (the switch's cookie or the browser's) and turns personal with a session. */
    static final String VARY = "Accept-Encoding, Cookie, Accept-Language";

    @Inject
    PublicPages publicPages;

    @Inject
    LanguageChoice languages;

    @Inject
    SiteAddress siteAddress;

    private boolean https;

    @Override
    public void init() {
        https = siteAddress.isHttps(); // the base URL is read once, at start-up
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String method = request.getMethod();
        boolean reading = "GET".equals(method) || "HEAD".equals(method);
        if (!reading) {
            try {
                chain.doFilter(request, response);
            } finally {
                if (!"OPTIONS".equals(method) && request.getAttribute(WritesMakePagesStale.DONE) == null) {
                    publicPages.changed();
                }
            }
            return;
        }
        if (!isVisitorsPage(request)) {
            chain.doFilter(request, response);
            return;
        }
        PublicPages.Key key = new PublicPages.Key(
                request.getRequestURI(),
                request.getQueryString(),
                languages.forVisitor(request).getLanguage());
        PublicPages.Page page = publicPages.find(key);
        if (page != null) {
            // This filter runs first (web.xml): the kept answer is written whole here, security headers included.
            SecurityHeaders.setOn(response, https);
        } else {
            PublicPages.Made madeAt = publicPages.madeAt();
            CapturedAnswer answer = new CapturedAnswer(response);
            chain.doFilter(request, answer);
            if ("HEAD".equals(method)
                    || !answer.isShareable()
                    || request.getAttribute(CsrfTokens.TOKEN_SHOWN) != null) {
                answer.release();
                return;
            }
            page = publicPages.keep(key, madeAt, answer.getContentType(), answer.body());
        }
        send(request, response, page);
    }

    private static boolean isVisitorsPage(HttpServletRequest request) {
        if (request.getDispatcherType() != DispatcherType.REQUEST
                || request.getHeader("Authorization") != null
                || hasSessionCookie(request)) {
            return false;
        }
        String path = request.getServletPath();
        // Event streams (/live/) never end: captured, they would be held here instead of reaching the reader.
        return !(path.startsWith("/api/")
                || path.startsWith("/live/")
                || path.startsWith("/uploads/")
                || path.startsWith("/css/")
                || path.startsWith("/js/")
                || path.startsWith("/images/")
                || path.startsWith("/health")
                || path.startsWith("/metrics")
                || path.startsWith("/openapi")
                || path.equals("/favicon.ico"));
    }

    /** As the browser sent it: this filter runs first, before anything could issue a cookie in this request. */
    private static boolean hasSessionCookie(HttpServletRequest request) {
        Cookie[] cookies = request.getCookies();
        if (cookies != null) {
            for (Cookie cookie : cookies) {
                if (CsrfTokens.SESSION_COOKIE.equals(cookie.getName())) {
                    return true;
                }
            }
        }
        return false;
    }

    private static void send(HttpServletRequest request, HttpServletResponse response, PublicPages.Page page)
            throws IOException {
        boolean gzip = acceptsGzip(request.getHeader("Accept-Encoding"));
        String tag = gzip ? page.gzipTag() : page.tag();
        String held = request.getHeader("If-None-Match");
        if (held != null) {
            tag = matches(held, page.tag()) ? page.tag() : matches(held, page.gzipTag()) ? page.gzipTag() : null;
            if (tag != null) {
                response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
                headers(response, tag);
                return;
            }
            tag = gzip ? page.gzipTag() : page.tag();
        }
        headers(response, tag);
        response.setContentType(page.contentType());
        byte[] body = gzip ? page.gzipped() : page.plain();
        if (gzip) {
            response.setHeader("Content-Encoding", "gzip");
        }
        response.setContentLength(body.length);
        if (!"HEAD".equals(request.getMethod())) {
            response.getOutputStream().write(body);
        }
    }

    private static void headers(HttpServletResponse response, String tag) {
        response.setHeader("ETag", tag);
        response.setHeader("Cache-Control", CACHE_CONTROL);
        response.setHeader("Vary", VARY);
    }

    /** If-None-Match compares weakly (RFC 9110 13.1.2): a W/ prefix does not matter, and * matches any. */
    static boolean matches(String ifNoneMatch, String tag) {
        for (String held : ifNoneMatch.split(",")) {
            String candidate = held.strip();
            if (candidate.startsWith("W/")) {
                candidate = candidate.substring(2);
            }
            if (candidate.equals(tag) || candidate.equals("*")) {
                return true;
            }
        }
        return false;
    }

    /** gzip unless absent or refused with q=0. */
    static boolean acceptsGzip(String acceptEncoding) {
        if (acceptEncoding == null) {
            return false;
        }
        for (String coding : acceptEncoding.split(",")) {
            String[] parts = coding.split(";");
            String name = parts[0].strip();
            if (name.equalsIgnoreCase("gzip") || name.equals("*")) {
                for (int i = 1; i < parts.length; i++) {
                    String parameter = parts[i].strip().replace(" ", "");
                    if (parameter.matches("q=0(\\.0{0,3})?")) {
                        return false;
                    }
                }
                return true;
            }
        }
        return false;
    }
}
