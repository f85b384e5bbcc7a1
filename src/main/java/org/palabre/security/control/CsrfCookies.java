package org.palabre.security.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/** Issues the anti-forgery cookie (see {@link CsrfTokens}) and replaces it when a member signs in. */
@ApplicationScoped
public class CsrfCookies {

    @Inject
    SiteAddress siteAddress;

    public void issueIfMissing(HttpServletRequest request, HttpServletResponse response) {
        if (CsrfTokens.cookieValue(request).isEmpty()) {
            issue(request, response);
        }
    }

    public void issue(HttpServletRequest request, HttpServletResponse response) {
        String value = CsrfTokens.newCookieValue();
        Cookies.issued(request, CsrfTokens.COOKIE, value);
        response.addHeader("Set-Cookie", Cookies.header(CsrfTokens.COOKIE, value, null, siteAddress.isHttps()));
    }
}
