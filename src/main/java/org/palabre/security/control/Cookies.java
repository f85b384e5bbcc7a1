package org.palabre.security.control;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Optional;

/** Reading and writing Palabre's few cookies. Set-Cookie is written by hand to carry SameSite everywhere. */
public final class Cookies {

    private Cookies() {}

    /**
     * The cookie's value: one issued earlier in this same request (kept as a request attribute named after
     * the cookie) wins over what the browser sent.
     */
    public static Optional<String> value(HttpServletRequest request, String name) {
        Object issued = request.getAttribute(Cookies.class.getName() + "." + name);
        if (issued instanceof String value) {
            return value.isEmpty() ? Optional.empty() : Optional.of(value);
        }
        Cookie[] cookies = request.getCookies();
        if (cookies != null) {
            for (Cookie cookie : cookies) {
                if (name.equals(cookie.getName())) {
                    return Optional.of(cookie.getValue());
                }
            }
        }
        return Optional.empty();
    }

    /** Remembers a value issued during this request; an empty value means the cookie was removed. */
    public static void issued(HttpServletRequest request, String name, String value) {
        request.setAttribute(Cookies.class.getName() + "." + name, value);
        request.setAttribute(CHANGES, changes(request) + 1);
    }

    private static final String CHANGES = Cookies.class.getName() + ".changes";

    /**
     * How many cookies this request has issued or removed so far: what was derived from the cookies (a form
     * token) holds while this number stays the same.
     */
    static int changes(HttpServletRequest request) {
        return request.getAttribute(CHANGES) instanceof Integer changes ? changes : 0;
    }

    /**
     * A Set-Cookie header value: HttpOnly, SameSite=Lax, path /, Secure over https; maxAgeSeconds null
     * for a cookie that ends with the browser session, 0 to remove it.
     */
    public static String header(String name, String value, Long maxAgeSeconds, boolean secure) {
        return name + "=" + value + "; Path=/; HttpOnly; SameSite=Lax"
                + (maxAgeSeconds == null ? "" : "; Max-Age=" + maxAgeSeconds)
                + (secure ? "; Secure" : "");
    }
}
