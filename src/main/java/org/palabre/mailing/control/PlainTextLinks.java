package org.palabre.mailing.control;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The plain-text part of a mail carries a post's markdown as written, where a link to the forum itself may be a
 * path ("[the minutes](/t/12-ag/3)", an uploaded image): a mail client has no page to resolve it against, so every
 * such path becomes an absolute link to the site. Links elsewhere, and protocol-relative ones, stay as written.
 */
final class PlainTextLinks {

    private static final Pattern INLINE = Pattern.compile("(\\]\\(\\s*<?)(/(?!/)[^)\\s>]*)");
    private static final Pattern REFERENCE = Pattern.compile("(?m)^(\\s{0,3}\\[[^\\]\\n]+\\]:\\s*<?)(/(?!/)\\S*)");
    private static final Pattern HTML = Pattern.compile("(?i)((?:href|src)\\s*=\\s*[\"'])(/(?!/)[^\"']*)");

    private PlainTextLinks() {}

    static String absolute(String raw, String baseUrl) {
        String base = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
        String text = raw;
        for (Pattern pattern : new Pattern[] {INLINE, REFERENCE, HTML}) {
            Matcher link = pattern.matcher(text);
            text = link.replaceAll(found -> Matcher.quoteReplacement(found.group(1) + base + found.group(2)));
        }
        return text;
    }
}
