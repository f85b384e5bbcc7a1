package org.palabre.web.control;

import java.net.URI;
import java.net.URISyntaxException;

/**
 * A "come back here" address taken from a form: only a path on this site, never another site, and always
 * one a Location header can carry (anything else, a space, a quote, a backslash, a brace, is home).
 */
public final class LocalPath {

    private LocalPath() {}

    public static String orHome(String candidate) {
        if (candidate == null
                || !candidate.startsWith("/")
                || candidate.startsWith("//")
                || candidate.startsWith("/\\")
                || candidate.chars().anyMatch(c -> c < 0x20 || c == 0x7f)) {
            return "/";
        }
        try {
            URI uri = new URI(candidate);
            if (uri.getScheme() != null || uri.getRawAuthority() != null || uri.getRawPath() == null) {
                return "/";
            }
        } catch (URISyntaxException notAnAddress) {
            return "/";
        }
        return candidate;
    }
}
