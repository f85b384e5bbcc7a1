package org.palabre.security.boundary;

import jakarta.servlet.http.HttpServletRequest;

/** The paths served straight from webapp/ by the container, which need no cookies and no page logic. */
final class StaticFiles {

    private StaticFiles() {}

    static boolean isStatic(HttpServletRequest request) {
        String path = request.getServletPath();
        return path.startsWith("/css/")
                || path.startsWith("/js/")
                || path.startsWith("/images/")
                || path.equals("/favicon.ico");
    }
}
