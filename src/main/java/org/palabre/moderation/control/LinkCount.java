package org.palabre.moderation.control;

import org.palabre.markdown.control.MarkdownFacts;
import org.palabre.markdown.control.MarkdownRenderer;

/** How many links and images a post's markdown holds, counted on the parsed document as it will be shown. */
public record LinkCount(int links, int images) {

    private static final MarkdownRenderer RENDERER = new MarkdownRenderer();

    /** As counted on the tree the post was cooked from. */
    public static LinkCount of(MarkdownFacts facts) {
        return new LinkCount(facts.links(), facts.images());
    }

    /** Parses the markdown: for texts not cooked yet. */
    public static LinkCount of(String raw) {
        return of(MarkdownFacts.of(RENDERER.parse(raw)));
    }
}
