package org.palabre.search.control;

import org.commonmark.renderer.text.TextContentRenderer;
import org.palabre.markdown.control.MarkdownRenderer;

/** What a post says without its markup: parsed by Palabre's own markdown parser, then only its text kept. */
final class PlainText {

    private static final MarkdownRenderer MARKDOWN = new MarkdownRenderer();
    private static final TextContentRenderer TEXT =
            TextContentRenderer.builder().build();

    private PlainText() {}

    static String of(String markdown) {
        if (markdown == null || markdown.isBlank()) {
            return "";
        }
        try {
            return TEXT.render(MARKDOWN.parse(markdown));
        } catch (MarkdownRenderer.TooDeeplyNested tooDeep) {
            return markdown; // never posted (the editor refuses it), but a document is better than none
        }
    }
}
