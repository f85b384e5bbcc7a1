package org.palabre.moderation.control;

import java.util.ArrayDeque;
import java.util.Deque;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.palabre.markdown.control.MarkdownRenderer;

/** How many links and images a post's markdown holds, counted on the parsed document as it will be shown. */
public record LinkCount(int links, int images) {

    private static final MarkdownRenderer RENDERER = new MarkdownRenderer();

    public static LinkCount of(String raw) {
        int links = 0;
        int images = 0;
        Deque<Node> pending = new ArrayDeque<>();
        pending.push(RENDERER.parse(raw));
        while (!pending.isEmpty()) {
            Node node = pending.pop();
            if (node instanceof Image) {
                images++;
            } else if (node instanceof Link) {
                links++;
            }
            for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
                pending.push(child);
            }
        }
        return new LinkCount(links, images);
    }
}
