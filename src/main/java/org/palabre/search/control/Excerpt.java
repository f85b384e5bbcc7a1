package org.palabre.search.control;

import java.util.ArrayList;
import java.util.List;

/**
 * A piece of text with the words that matched marked: plain strings, so pages and JSON escape them like any
 * other text. The highlighter wraps matches in two private-use characters no post can carry into the index
 * meaningfully; they are cut out here.
 */
public record Excerpt(List<Part> parts) {

    public record Part(String text, boolean matched) {}

    static final String OPEN = "\uE000";
    static final String CLOSE = "\uE001";

    static Excerpt of(String highlighted) {
        List<Part> parts = new ArrayList<>();
        int at = 0;
        while (at < highlighted.length()) {
            int open = highlighted.indexOf(OPEN, at);
            if (open < 0) {
                parts.add(new Part(highlighted.substring(at), false));
                break;
            }
            if (open > at) {
                parts.add(new Part(highlighted.substring(at, open), false));
            }
            int close = highlighted.indexOf(CLOSE, open + 1);
            int end = close < 0 ? highlighted.length() : close;
            parts.add(new Part(highlighted.substring(open + 1, end), true));
            at = close < 0 ? end : close + 1;
        }
        return new Excerpt(List.copyOf(parts));
    }

    static Excerpt plain(String text, int length) {
        String cut = text.length() > length ? text.substring(0, length) + "…" : text;
        return new Excerpt(List.of(new Part(cut, false)));
    }

    public String text() {
        StringBuilder text = new StringBuilder();
        parts.forEach(part -> text.append(part.text()));
        return text.toString();
    }
}
