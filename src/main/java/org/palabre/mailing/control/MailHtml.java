package org.palabre.mailing.control;

import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.owasp.html.CssSchema;
import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;

/**
 * A post's cooked HTML made fit for a mail: links made absolute to the site's address (a mail has no page to
 * be relative to), a few inline styles because mail clients drop style sheets, and nothing that loads anything
 * (no images: the cooked HTML already shows them as links; no forms or inputs). An image uploaded here, which
 * the cooked HTML shows inline inside a link to it, becomes that link with the image's description as its text:
 * the reader follows it to the site, where who may see the file is checked; nothing is attached or loaded.
 */
final class MailHtml {

    private static final Set<String> STYLE_PROPERTIES = Set.of(
            "border-left",
            "padding",
            "padding-left",
            "margin",
            "color",
            "background-color",
            "font-family",
            "font-size",
            "white-space");

    private MailHtml() {}

    private static final Pattern IMAGE = Pattern.compile("<img\\b[^>]*>");
    private static final Pattern ALT = Pattern.compile("\\balt=\"([^\"]*)\"");
    private static final Pattern SRC = Pattern.compile("\\bsrc=\"[^\"]*/([^/\"]*)\"");

    static String of(String cookedHtml, String baseUrl) {
        return policy(baseUrl).sanitize(imagesAsText(cookedHtml));
    }

    /** Each image becomes its (already escaped) description, or its file name when it has none. */
    static String imagesAsText(String cookedHtml) {
        return IMAGE.matcher(cookedHtml).replaceAll(image -> {
            Matcher alt = ALT.matcher(image.group());
            String text = alt.find() ? alt.group(1) : "";
            if (text.isBlank()) {
                Matcher src = SRC.matcher(image.group());
                text = src.find() ? src.group(1) : "";
            }
            return Matcher.quoteReplacement(text);
        });
    }

    private static PolicyFactory policy(String baseUrl) {
        return new HtmlPolicyBuilder()
                .allowElements(
                        "p", "br", "hr", "em", "strong", "del", "ul", "ol", "li", "h1", "h2", "h3", "h4", "h5", "h6",
                        "table", "thead", "tbody", "tr", "th", "td")
                .allowElements(
                        (name, attributes) -> {
                            absolutize(attributes, baseUrl);
                            return name;
                        },
                        "a")
                .allowElements(
                        (name, attributes) -> styled(
                                name,
                                attributes,
                                "margin:0 0 1em 0;padding-left:1em;border-left:3px solid #ccc;color:#555"),
                        "blockquote")
                .allowElements(
                        (name, attributes) -> styled(
                                name,
                                attributes,
                                "padding:0.5em;background-color:#f4f4f4;white-space:pre-wrap;font-family:monospace"),
                        "pre")
                .allowElements((name, attributes) -> styled(name, attributes, "font-family:monospace"), "code")
                .allowStyling(CssSchema.withProperties(STYLE_PROPERTIES))
                .allowUrlProtocols("http", "https", "mailto")
                .allowAttributes("href")
                .onElements("a")
                .allowAttributes("title")
                .onElements("a")
                .allowAttributes("start")
                .matching(Pattern.compile("[0-9]{1,9}"))
                .onElements("ol")
                .requireRelsOnLinks("noopener")
                .toFactory();
    }

    private static void absolutize(List<String> attributes, String baseUrl) {
        for (int i = 0; i + 1 < attributes.size(); i += 2) {
            String value = attributes.get(i + 1);
            if (attributes.get(i).equals("href")
                    && value.startsWith("/")
                    && !value.startsWith("//")
                    && !value.startsWith("/\\")) {
                attributes.set(i + 1, baseUrl + value);
            }
        }
    }

    private static String styled(String name, List<String> attributes, String style) {
        attributes.add("style");
        attributes.add(style);
        return name;
    }
}
