package org.palabre.security.control;

import jakarta.servlet.http.HttpServletResponse;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Headers that make every response safer to render: only this origin may supply scripts, styles, images and
 * frames, no inline script runs, and no other site may embed Palabre or learn which page a reader came from.
 * Made once: every answer carries them, a visitor's kept page too (written before any other filter runs).
 */
public final class SecurityHeaders {

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

    private static final String[][] OVER_HTTP = pairs(of(false));
    private static final String[][] OVER_HTTPS = pairs(of(true));

    private SecurityHeaders() {}

    /** The headers of every answer; over https, browsers are also told to keep to https (HSTS). */
    public static Map<String, String> of(boolean https) {
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

    /** Puts them on an answer (replacing any of the same name). */
    public static void setOn(HttpServletResponse response, boolean https) {
        for (String[] header : https ? OVER_HTTPS : OVER_HTTP) {
            response.setHeader(header[0], header[1]);
        }
    }

    private static String[][] pairs(Map<String, String> headers) {
        return headers.entrySet().stream()
                .map(header -> new String[] {header.getKey(), header.getValue()})
                .toArray(String[][]::new);
    }
}
