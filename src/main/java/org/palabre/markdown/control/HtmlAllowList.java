package org.palabre.markdown.control;

import java.util.regex.Pattern;
import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;

/**
 * The tags and attributes rendered markdown may contain, and nothing else (OWASP Java HTML Sanitizer).
 * Never style, script, iframe, form, svg, math or event attributes.
 */
final class HtmlAllowList {

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
                    "input")
            .allowUrlProtocols("http", "https", "mailto")
            .allowAttributes("href")
            .onElements("a")
            .allowAttributes("title")
            .onElements("a")
            .allowAttributes("rel")
            .matching(Pattern.compile("nofollow ugc noopener"))
            .onElements("a")
            .allowAttributes("class")
            .matching(Pattern.compile("image-link|mention|mention-group"))
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
