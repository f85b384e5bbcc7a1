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

    private static final String RESPONSE = CsrfCookies.class.getName() + ".response";

    /** Lets {@link #issueLater} reach the answer: the cookie is set only if a page of this request needs it. */
    public static void answerIs(HttpServletRequest request, HttpServletResponse response) {
        request.setAttribute(RESPONSE, response);
    }

    void issueLater(HttpServletRequest request) {
        if (request.getAttribute(RESPONSE) instanceof HttpServletResponse response && !response.isCommitted()) {
            issue(request, response);
        }
    }

    public void issue(HttpServletRequest request, HttpServletResponse response) {
        String value = CsrfTokens.newCookieValue();
        Cookies.issued(request, CsrfTokens.COOKIE, value);
        response.addHeader("Set-Cookie", Cookies.header(CsrfTokens.COOKIE, value, null, siteAddress.isHttps()));
    }
}
