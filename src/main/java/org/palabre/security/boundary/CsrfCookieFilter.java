package org.palabre.security.boundary;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.palabre.security.control.CsrfCookies;

/**
 * Lets a page give its browser the cookie its forms' anti-forgery tokens are derived from, when it shows a form
 * (see CsrfTokens#tokenFor): a page without one sets no cookie, so a visitor's page is the same for all.
 */
@WebFilter(filterName = "csrf-cookie", urlPatterns = "/*", asyncSupported = true)
public class CsrfCookieFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (!StaticFiles.isStatic(request)) {
            CsrfCookies.answerIs(request, response);
        }
        chain.doFilter(request, response);
    }
}
