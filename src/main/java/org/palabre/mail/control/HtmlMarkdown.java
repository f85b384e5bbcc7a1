package org.palabre.mail.control;

import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.safety.Cleaner;
import org.jsoup.safety.Safelist;

/**
 * Turns the HTML of a mail that has no plain-text part into markdown. The quoted history is cut first (it is
 * marked by classes and ids the Safelist would drop), then the Safelist keeps only text, paragraphs, line breaks,
 * emphasis, lists, quotes, code and links to http, https and mailto; scripts, styles, images and every other URL
 * never reach the walk that writes the markdown.
 */
final class HtmlMarkdown {

    private static final Safelist SAFE = new Safelist()
            .addTags(
                    "p",
                    "div",
                    "br",
                    "span",
                    "b",
                    "strong",
                    "i",
                    "em",
                    "u",
                    "ul",
                    "ol",
                    "li",
                    "blockquote",
                    "pre",
                    "code",
                    "h1",
                    "h2",
                    "h3",
                    "h4",
                    "h5",
                    "h6",
                    "a",
                    "table",
                    "tr",
                    "td",
                    "th",
                    "tbody",
                    "thead")
            .addAttributes("a", "href")
            .addProtocols("a", "href", "http", "https", "mailto");

    private static final List<String> QUOTED_PARTS = List.of(
            "div.gmail_quote",
            "blockquote.gmail_quote",
            "div.moz-cite-prefix",
            "blockquote[type=cite]",
            "div.yahoo_quoted",
            "div.protonmail_quote",
            "#mail-editor-reference-message-container");

    /** Outlook puts the history after these, as their siblings: everything from them on is history. */
    private static final String HISTORY_FOLLOWS = "#divRplyFwdMsg, #appendonsend";

    private HtmlMarkdown() {}

    static String toMarkdown(String html) {
        Document dirty = Jsoup.parse(html);
        for (String selector : QUOTED_PARTS) {
            dirty.select(selector).remove();
        }
        // Walked by hand: jsoup's "~" selector looks back over every sibling, quadratic on a long mail.
        for (Element marker : dirty.select(HISTORY_FOLLOWS)) {
            while (marker.nextElementSibling() != null) {
                marker.nextElementSibling().remove();
            }
            marker.remove();
        }
        Document clean = new Cleaner(SAFE).clean(dirty);
        StringBuilder out = new StringBuilder();
        new MarkdownWriter(out).children(clean.body(), "");
        return tidy(out.toString());
    }

    /**
     * Blank lines take the quote depth they separate (a blank line between two quoted paragraphs stays quoted,
     * one that ends a quote does not), trailing spaces go, and runs of blank lines become one.
     */
    private static String tidy(String markdown) {
        String[] lines = markdown.split("\n", -1);
        StringBuilder out = new StringBuilder(markdown.length());
        boolean lastBlank = true;
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].stripTrailing();
            boolean blank = line.replace(">", "").isBlank();
            if (blank) {
                if (lastBlank) {
                    continue;
                }
                int depth = Math.min(depth(lines[i - 1]), i + 1 < lines.length ? depth(lines[i + 1]) : 0);
                line = ">".repeat(depth);
            }
            out.append(line).append('\n');
            lastBlank = blank;
        }
        return out.toString().strip();
    }

    private static int depth(String line) {
        int depth = 0;
        for (char c : line.toCharArray()) {
            if (c == '>') {
                depth++;
            } else if (c != ' ') {
                break;
            }
        }
        return depth;
    }
}
