package org.palabre.mail.control;

import java.util.List;
import java.util.Locale;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/** Writes markdown for a cleaned DOM; {@code prefix} is what each new line starts with (quotes, list indent). */
record MarkdownWriter(StringBuilder out) {

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
                    || out.substring(previousStart, lineStart).replace(">", "").isBlank();
            if (!previousBlank) {
                out.append('\n');
            }
            out.append(prefix);
            return;
        }
        out.append("\n\n").append(prefix);
    }
}
