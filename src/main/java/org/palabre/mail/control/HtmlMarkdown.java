package org.palabre.mail.control;

import java.util.List;
import java.util.Locale;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
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
        new Writer(out).children(clean.body(), "");
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

    /** Writes markdown for a cleaned DOM; {@code prefix} is what each new line starts with (quotes, list indent). */
    private record Writer(StringBuilder out) {

        void children(Element parent, String prefix) {
            for (Node child : parent.childNodes()) {
                node(child, prefix);
            }
        }

        void node(Node node, String prefix) {
            if (node instanceof TextNode text) {
                String words = text.getWholeText().replace('\u00a0', ' ').replaceAll("\\s+", " ");
                if (atLineStart()) {
                    words = words.stripLeading();
                }
                out.append(words);
                return;
            }
            if (!(node instanceof Element element)) {
                return;
            }
            String tag = element.normalName();
            switch (tag) {
                case "br" -> newLine(prefix);
                case "div" -> {
                    // Gmail, Apple Mail and Outlook write one div per line, and <div><br></div> for a blank line.
                    lineBreak(prefix);
                    children(element, prefix);
                    lineBreak(prefix);
                }
                case "p", "table", "tr", "h1", "h2", "h3", "h4", "h5", "h6" -> {
                    block(prefix);
                    if (tag.startsWith("h") && tag.length() == 2) {
                        out.append("#".repeat(tag.charAt(1) - '0')).append(' ');
                    }
                    children(element, prefix);
                    block(prefix);
                }
                case "td", "th" -> {
                    children(element, prefix);
                    out.append(' ');
                }
                case "b", "strong" -> emphasis(element, prefix, "**");
                case "i", "em" -> emphasis(element, prefix, "*");
                case "code" -> out.append('`').append(element.text()).append('`');
                case "pre" -> {
                    block(prefix);
                    out.append("```");
                    newLine(prefix);
                    for (String line : element.wholeText().strip().split("\n", -1)) {
                        out.append(line);
                        newLine(prefix);
                    }
                    out.append("```");
                    block(prefix);
                }
                case "blockquote" -> {
                    block(prefix);
                    String quoted = prefix + "> ";
                    out.append("> ");
                    children(element, quoted);
                    block(prefix);
                }
                case "ul", "ol" -> {
                    block(prefix);
                    int number = 1;
                    for (Element item : element.children()) {
                        if (!atLineStart()) {
                            newLine(prefix);
                        }
                        String marker = tag.equals("ol") ? (number++) + ". " : "- ";
                        out.append(marker);
                        children(item, prefix + " ".repeat(marker.length()));
                    }
                    block(prefix);
                }
                case "a" -> link(element, prefix);
                default -> children(element, prefix);
            }
        }

        private void emphasis(Element element, String prefix, String mark) {
            if (element.text().isBlank()) {
                children(element, prefix);
                return;
            }
            out.append(mark);
            children(element, prefix);
            out.append(mark);
        }

        private void link(Element element, String prefix) {
            String href = element.attr("href").strip();
            String text = element.text().strip();
            String scheme =
                    href.contains(":") ? href.substring(0, href.indexOf(':')).toLowerCase(Locale.ROOT) : "";
            if (!List.of("http", "https", "mailto").contains(scheme)) {
                children(element, prefix);
            } else if (text.isEmpty() || text.equals(href) || ("mailto:" + text).equalsIgnoreCase(href)) {
                out.append(text.isEmpty() ? href : text);
            } else {
                out.append('[')
                        .append(text.replace("[", "\\[").replace("]", "\\]"))
                        .append("](")
                        .append(href.replace(" ", "%20").replace("(", "%28").replace(")", "%29"))
                        .append(')');
            }
        }

        /** Whether the current line holds nothing but quote marks and spaces (scans back, stops at once). */
        private boolean atLineStart() {
            for (int i = out.length() - 1; i >= 0; i--) {
                char c = out.charAt(i);
                if (c == '\n') {
                    return true;
                }
                if (c != '>' && c != ' ') {
                    return false;
                }
            }
            return true;
        }

        private void lineBreak(String prefix) {
            if (!atLineStart()) {
                newLine(prefix);
            }
        }

        private void newLine(String prefix) {
            out.append('\n').append(prefix);
        }

        /** Ends the current paragraph with one blank line, once; {@link #tidy} gives blank lines their depth. */
        private void block(String prefix) {
            if (atLineStart()) {
                int lineStart = out.lastIndexOf("\n") + 1;
                out.setLength(lineStart);
                int previousStart = lineStart == 0 ? 0 : out.lastIndexOf("\n", lineStart - 2) + 1;
                boolean previousBlank = lineStart == 0
                        || out.substring(previousStart, lineStart)
                                .replace(">", "")
                                .isBlank();
                if (!previousBlank) {
                    out.append('\n');
                }
                out.append(prefix);
                return;
            }
            out.append("\n\n").append(prefix);
        }
    }
}
