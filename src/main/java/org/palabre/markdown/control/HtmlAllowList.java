package org.palabre.markdown.control;

import java.util.regex.Pattern;
import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;

/**
 * The tags and attributes rendered markdown may contain, and nothing else (OWASP Java HTML Sanitizer).
 * Never style, script, iframe, form, svg, math or event attributes.
 */
final class HtmlAllowList {

    /** The one image source allowed: a file uploaded here, at the address uploads gives it. */
    static final Pattern OWN_UPLOAD = Pattern.compile("/uploads/[0-9a-f]{32}/[A-Za-z0-9_-][A-Za-z0-9_.-]{0,119}");

    private static final PolicyFactory POLICY = new HtmlPolicyBuilder()
            .allowElements(
                    "p",
                    "br",
                    "hr",
                    "blockquote",
                    "pre",
                    "code",
                    "em",
                    "strong",
                    "del",
                    "ul",
                    "ol",
                    "li",
                    "h1",
                    "h2",
                    "h3",
                    "h4",
                    "h5",
                    "h6",
                    "table",
                    "thead",
                    "tbody",
                    "tr",
                    "th",
                    "td",
                    "a",
                    "input",
                    "img")
            .allowUrlProtocols("http", "https", "mailto")
            .allowAttributes("href")
            .onElements("a")
            .allowAttributes("title")
            .onElements("a")
            .allowAttributes("rel")
            .matching(Pattern.compile("nofollow ugc noopener"))
            .onElements("a")
            .allowAttributes("src")
            .matching(OWN_UPLOAD)
            .onElements("img")
            .allowAttributes("alt")
            .onElements("img")
            .allowAttributes("loading")
            .matching(Pattern.compile("lazy"))
            .onElements("img")
            .allowAttributes("class")
            .matching(Pattern.compile("image-link|upload-image|mention|mention-group"))
            .onElements("a")
            .allowAttributes("class")
            .matching(Pattern.compile("language-[A-Za-z0-9_+#.-]{1,40}"))
            .onElements("code")
            .allowAttributes("start")
            .matching(Pattern.compile("[0-9]{1,9}"))
            .onElements("ol")
            .allowAttributes("align")
            .matching(Pattern.compile("left|center|right"))
            .onElements("th", "td")
            .allowAttributes("type")
            .matching(Pattern.compile("checkbox"))
            .onElements("input")
            .allowAttributes("checked", "disabled")
            .onElements("input")
            .toFactory();

    private HtmlAllowList() {}

    static String sanitize(String html) {
        return POLICY.sanitize(html);
    }
}
