package org.palabre.security.boundary;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.palabre.security.control.CsrfCookies;

/** Gives every browser that reaches a page the cookie its forms' anti-forgery tokens are derived from. */
@WebFilter(filterName = "csrf-cookie", urlPatterns = "/*", asyncSupported = true)
public class CsrfCookieFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    @Inject
    CsrfCookies cookies;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (!StaticFiles.isStatic(request)) {
            cookies.issueIfMissing(request, response);
        }
        chain.doFilter(request, response);
    }
}
