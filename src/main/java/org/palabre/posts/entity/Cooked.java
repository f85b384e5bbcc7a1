package org.palabre.posts.entity;

import org.palabre.markdown.control.MarkdownFacts;

/**
 * Markdown as written, the safe HTML a renderer version made from it, and what the parsed tree held (mentions,
 * links, quotes) for the steps that follow saving: one parse serves them all.
 */
public record Cooked(String raw, String html, int rendererVersion, MarkdownFacts facts) {

    /** HTML made elsewhere (an older renderer, a test), with no facts read. */
    public Cooked(String raw, String html, int rendererVersion) {
        this(raw, html, rendererVersion, MarkdownFacts.NONE);
    }
}
