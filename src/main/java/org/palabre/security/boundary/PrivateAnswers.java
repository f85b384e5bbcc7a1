package org.palabre.security.boundary;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import org.palabre.security.control.Cookies;
import org.palabre.security.control.CsrfTokens;

/**
 * Which answers no shared cache (a proxy, a CDN) may keep: those to a request that carries a member's
 * credentials, a session cookie or an API token, are marked {@code private, no-store}, so a page with a
 * member's name, an administrator's mail log with its reset links or a private API answer is never handed
 * to someone else nor left on disk. An answer that sets a cookie is at least {@code private}: a shared
 * cache would give the same anti-forgery cookie to every visitor. Visitors' pages are left as they are.
 */
final class PrivateAnswers {

    static final String NO_STORE = "private, no-store";

    private PrivateAnswers() {}

    static boolean carriesCredentials(HttpServletRequest request) {
        return request.getHeader("Authorization") != null
                || Cookies.value(request, CsrfTokens.SESSION_COOKIE).isPresent();
    }

    static HttpServletResponse guard(HttpServletRequest request, HttpServletResponse response) {
        if (carriesCredentials(request)) {
            response.setHeader("Cache-Control", NO_STORE);
        }
        return new CookieSetting(response);
    }

    /** Marks the answer private as soon as it sets a cookie, whoever sets it. */
    private static final class CookieSetting extends HttpServletResponseWrapper {

        CookieSetting(HttpServletResponse response) {
            super(response);
        }

        @Override
        public void addCookie(Cookie cookie) {
            markPrivate();
            super.addCookie(cookie);
        }

        @Override
        public void addHeader(String name, String value) {
            if ("Set-Cookie".equalsIgnoreCase(name)) {
                markPrivate();
            }
            super.addHeader(name, value);
        }

        @Override
        public void setHeader(String name, String value) {
            if ("Set-Cookie".equalsIgnoreCase(name)) {
                markPrivate();
            }
            super.setHeader(name, value);
        }

        private void markPrivate() {
            String current = getHeader("Cache-Control");
            if (current == null || current.contains("public")) {
                super.setHeader("Cache-Control", "private");
            } else if (!current.contains("private")) {
                super.setHeader("Cache-Control", "private, " + current);
            }
        }
    }
}
