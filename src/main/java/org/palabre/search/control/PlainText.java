package org.palabre.search.control;

import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Code;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.Text;
import org.palabre.markdown.control.MarkdownRenderer;

/**
 * What a post says without its markup: parsed by Palabre's own markdown parser, then only the words a reader
 * sees kept (link addresses and raw HTML are not words of the post).
 */
final class PlainText {

    private static final MarkdownRenderer MARKDOWN = new MarkdownRenderer();

    /**
     * The texts of posts searches showed lately, by their markdown: popular posts come back page after page, and
     * parsing one again cost more than marking the reader's words in it. About two million characters, a few
     * megabytes. Not used when indexing, whose every post is new to it.
     */
    private static final RecentValues<String, String> SHOWN =
            new RecentValues<>(2_000_000, (markdown, text) -> markdown.length() + text.length());

    private PlainText() {}

    /** The text of a post a search shows: {@link #of}, remembered for the next search that shows it. */
    static String shown(String markdown) {
        return markdown == null ? "" : SHOWN.get(markdown, PlainText::of);
    }

    static String of(String markdown) {
        if (markdown == null || markdown.isBlank()) {
            return "";
        }
        StringBuilder text = new StringBuilder(markdown.length());
        MARKDOWN.parse(markdown).accept(new AbstractVisitor() {
            @Override
            public void visit(Text node) {
                text.append(node.getLiteral());
            }

            @Override
            public void visit(Code node) {
                text.append(node.getLiteral());
            }

            @Override
            public void visit(FencedCodeBlock node) {
                text.append(node.getLiteral()).append('\n');
            }

            @Override
            public void visit(IndentedCodeBlock node) {
                text.append(node.getLiteral()).append('\n');
            }

            @Override
            public void visit(SoftLineBreak node) {
                text.append(' ');
            }

            @Override
            public void visit(HardLineBreak node) {
                text.append('\n');
            }

            @Override
            public void visit(Paragraph node) {
                visitChildren(node);
                text.append('\n');
            }

            @Override
            public void visit(HtmlInline node) {}

            @Override
            public void visit(HtmlBlock node) {}
        });
        return text.toString().strip();
    }
}
