package org.palabre.markdown.control;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.node.Node;

/**
 * What a parsed document holds that later steps need: whom it mentions (and tells), whom it names only inside
 * quotes (shown as links, telling nobody), how many links and images it shows, and
 * where its quotes link to. Read from the same tree the HTML is rendered from, so a post's markdown is parsed once
 * per version and every step agrees with what readers see.
 */
public record MarkdownFacts(
        Set<String> mentionKeys, Set<String> quotedMentionKeys, int links, int images, List<String> quoteLinks) {

    /** Quotes read per post: a post quoting more is not telling more people. */
    static final int MOST_QUOTE_LINKS = 10;

    public static final MarkdownFacts NONE = new MarkdownFacts(Set.of(), Set.of(), 0, 0, List.of());

    /** Reads the facts; call it before rendering, which changes the tree. */
    public static MarkdownFacts of(Node document) {
        int links = 0;
        int images = 0;
        List<String> quoteLinks = new ArrayList<>();
        Deque<Node> pending = new ArrayDeque<>();
        pending.push(document);
        while (!pending.isEmpty()) {
            Node node = pending.pop();
            if (node instanceof Image) {
                images++;
            } else if (node instanceof Link link) {
                links++;
                if (quoteLinks.size() < MOST_QUOTE_LINKS && MentionExtractor.insideQuote(link)) {
                    quoteLinks.add(link.getDestination());
                }
            }
            // Children pushed last-first, so they are read in document order.
            List<Node> children = new ArrayList<>();
            for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
                children.add(child);
            }
            for (int i = children.size() - 1; i >= 0; i--) {
                pending.push(children.get(i));
            }
        }
        return new MarkdownFacts(
                MentionExtractor.keys(document),
                MentionExtractor.quotedKeys(document),
                links,
                images,
                List.copyOf(quoteLinks));
    }

    /** Every name written, told or quoted: the names that render as links to a member or group. */
    public Set<String> shownMentionKeys() {
        if (quotedMentionKeys.isEmpty()) {
            return mentionKeys;
        }
        Set<String> all = new LinkedHashSet<>(mentionKeys);
        all.addAll(quotedMentionKeys);
        return all;
    }
}
