package org.palabre.web.control;

/** A "come back here" address taken from a form: only a path on this site, never another site. */
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
        return candidate;
    }
}
