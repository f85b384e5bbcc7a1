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

    private PlainText() {}

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
