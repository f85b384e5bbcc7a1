package org.palabre.markdown.control;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.commonmark.node.CustomNode;
import org.commonmark.node.Node;
import org.commonmark.node.Text;
import org.commonmark.renderer.NodeRenderer;
import org.commonmark.renderer.html.HtmlNodeRendererContext;
import org.commonmark.renderer.html.HtmlWriter;

/**
 * A mention of a member who exists, rendered as a link to their profile ({@code <a class="mention">}), or of a
 * group its author may mention, linked to the group ({@code <a class="mention-group">}).
 */
final class MentionLink implements NodeRenderer {

    /** Where a mention links to, and its class. */
    record Target(String path, String cssClass) {}

    /** The mention in the tree: the name as written, and where it links. */
    static final class Mentioned extends CustomNode {
        final String written;
        final Target target;

        Mentioned(String written, Target target) {
            this.written = written;
            this.target = target;
        }
    }

    private final HtmlNodeRendererContext context;
    private final HtmlWriter html;

    MentionLink(HtmlNodeRendererContext context) {
        this.context = context;
        this.html = context.getWriter();
    }

    /** Splits the text nodes around each known mention, so that it renders as its own node. */
    static void insert(Node document, Map<String, Target> known) {
        for (Text text : MentionExtractor.mentionableTexts(document)) {
            String literal = text.getLiteral();
            List<MentionExtractor.Mention> mentions = MentionExtractor.in(literal).stream()
                    .filter(m -> known.containsKey(m.key()))
                    .toList();
            if (mentions.isEmpty()) {
                continue;
            }
            int from = 0;
            for (MentionExtractor.Mention mention : mentions) {
                if (mention.start() > from) {
                    text.insertBefore(new Text(literal.substring(from, mention.start())));
                }
                text.insertBefore(new Mentioned(mention.name(), known.get(mention.key())));
                from = mention.end();
            }
            if (from < literal.length()) {
                text.insertBefore(new Text(literal.substring(from)));
            }
            text.unlink();
        }
    }

    @Override
    public Set<Class<? extends Node>> getNodeTypes() {
        return Set.of(Mentioned.class);
    }

    @Override
    public void render(Node node) {
        Mentioned mention = (Mentioned) node;
        // Ordered, so that the same markdown always gives the same HTML.
        Map<String, String> attributes = new LinkedHashMap<>();
        attributes.put("href", context.encodeUrl(mention.target.path()));
        attributes.put("class", mention.target.cssClass());
        html.tag("a", attributes);
        html.text("@" + mention.written);
        html.tag("/a");
    }
}
