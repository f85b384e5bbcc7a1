package org.palabre.markdown.control;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.commonmark.Extension;
import org.commonmark.ext.autolink.AutolinkExtension;
import org.commonmark.ext.gfm.strikethrough.StrikethroughExtension;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.ext.task.list.items.TaskListItemsExtension;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.NodeRenderer;
import org.commonmark.renderer.html.HtmlNodeRendererContext;
import org.commonmark.renderer.html.HtmlRenderer;
import org.commonmark.renderer.html.HtmlWriter;

/**
 * Markdown to HTML that is safe to show to anyone: raw HTML is escaped, links may only be http, https,
 * mailto or relative, links to elsewhere carry rel="nofollow ugc noopener", and images are shown as links
 * (a reader's browser never fetches anything from another site, which would tell it who reads what).
 * The result then passes the {@link HtmlAllowList}, so even a renderer bug cannot let script through.
 *
 * <p>An {@code @name} in plain text becomes a link to that member's profile when the caller knows the name
 * (see {@link MentionExtractor}); any other stays text.
 *
 * <p>Raise {@link #VERSION} whenever the output for the same markdown changes: stored HTML made by an
 * older version is rendered again.
 */
public final class MarkdownRenderer {

    public static final int VERSION = 3;

    private static final List<Extension> EXTENSIONS = List.of(
            TablesExtension.create(),
            StrikethroughExtension.create(),
            AutolinkExtension.create(),
            TaskListItemsExtension.create());
    private static final Set<String> SAFE_SCHEMES = Set.of("http", "https", "mailto");

    private final Parser parser = Parser.builder().extensions(EXTENSIONS).build();
    private final HtmlRenderer renderer = HtmlRenderer.builder()
            .extensions(EXTENSIONS)
            .escapeHtml(true)
            .sanitizeUrls(true)
            .urlSanitizer(new SafeUrls())
            .attributeProviderFactory(context -> (node, tagName, attributes) -> {
                if (node instanceof Link link && isExternal(link.getDestination())) {
                    attributes.put("rel", "nofollow ugc noopener");
                }
            })
            .nodeRendererFactory(ImageAsLink::new)
            .nodeRendererFactory(MentionLink::new)
            .build();

    /** Quotes and lists nested deeper than this are refused: nobody writes them, browsers choke on them. */
    public static final int MAX_NESTING = 64;

    /** Safe HTML for the markdown, mentioning nobody; throws {@link TooDeeplyNested} beyond {@link #MAX_NESTING} levels. */
    public String render(String markdown) {
        return render(parse(markdown), Map.of());
    }

    /** The syntax tree, to find what it mentions before rendering it. */
    public Node parse(String markdown) {
        return parser.parse(markdown);
    }

    /**
     * Safe HTML for a parsed document (which this changes: render it once). knownMentions maps the lower-case
     * names that exist to the username to link to.
     */
    public String render(Node document, Map<String, String> knownMentions) {
        return render(document, knownMentions, Map.of());
    }

    /** As above, and mentionedGroups maps the lower-case names of the groups mentioned to their names, linked to the group. */
    public String render(Node document, Map<String, String> knownMentions, Map<String, String> mentionedGroups) {
        if (nestingDepth(document) > MAX_NESTING) {
            throw new TooDeeplyNested();
        }
        if (!knownMentions.isEmpty() || !mentionedGroups.isEmpty()) {
            Map<String, MentionLink.Target> targets = new java.util.HashMap<>();
            mentionedGroups.forEach(
                    (key, name) -> targets.put(key, new MentionLink.Target("/g/" + name, "mention-group")));
            knownMentions.forEach(
                    (key, username) -> targets.put(key, new MentionLink.Target("/u/" + username, "mention")));
            MentionLink.insert(document, targets);
        }
        return HtmlAllowList.sanitize(renderer.render(document));
    }

    /** Markdown nested deeper than {@link #MAX_NESTING} levels of blocks. */
    public static final class TooDeeplyNested extends RuntimeException {
        private static final long serialVersionUID = 1L;

        TooDeeplyNested() {
            super("markdown nested deeper than " + MAX_NESTING + " levels", null, false, false);
        }
    }

    /** The deepest chain of nested nodes, walked without recursion so that depth itself cannot hurt. */
    static int nestingDepth(Node root) {
        int deepest = 0;
        java.util.ArrayDeque<Map.Entry<Node, Integer>> pending = new java.util.ArrayDeque<>();
        pending.push(Map.entry(root, 0));
        while (!pending.isEmpty()) {
            Map.Entry<Node, Integer> next = pending.pop();
            deepest = Math.max(deepest, next.getValue());
            if (deepest > MAX_NESTING) {
                return deepest;
            }
            for (Node child = next.getKey().getFirstChild(); child != null; child = child.getNext()) {
                pending.push(Map.entry(child, next.getValue() + 1));
            }
        }
        return deepest;
    }

    static boolean isExternal(String destination) {
        if (destination == null) {
            return false;
        }
        // Read as a browser reads it: a backslash counts as a slash and tabs and line breaks vanish, so a
        // destination written "/\host" or with two backslashes leads to that host just as "//host" does.
        String url = destination.strip().replace('\\', '/').replaceAll("[\\t\\n\\r]", "");
        return url.startsWith("//") || url.matches("(?i)[a-z][a-z0-9+.-]*:.*");
    }

    /** Keeps http, https, mailto and relative URLs; anything else (javascript:, data:, vbscript:...) becomes "#". */
    static final class SafeUrls implements org.commonmark.renderer.html.UrlSanitizer {

        @Override
        public String sanitizeLinkUrl(String url) {
            String trimmed = url.strip();
            int colon = trimmed.indexOf(':');
            int firstDelimiter = firstOf(trimmed, "/?#");
            boolean hasScheme = colon > 0 && (firstDelimiter < 0 || colon < firstDelimiter);
            if (!hasScheme) {
                return trimmed;
            }
            String scheme = trimmed.substring(0, colon).toLowerCase(java.util.Locale.ROOT);
            return SAFE_SCHEMES.contains(scheme) ? trimmed : "#";
        }

        @Override
        public String sanitizeImageUrl(String url) {
            return sanitizeLinkUrl(url);
        }

        private static int firstOf(String text, String characters) {
            int first = -1;
            for (char c : characters.toCharArray()) {
                int at = text.indexOf(c);
                if (at >= 0 && (first < 0 || at < first)) {
                    first = at;
                }
            }
            return first;
        }
    }

    /**
     * An image becomes a link to it, labelled with its description: nothing is loaded from elsewhere. Only a file
     * uploaded to this forum (an address under /uploads/, served re-encoded and only to those allowed) shows inline.
     */
    static final class ImageAsLink implements NodeRenderer {

        /** The address of an upload on this forum, as uploads' Upload.path() writes it. */
        static final java.util.regex.Pattern OWN_UPLOAD = HtmlAllowList.OWN_UPLOAD;

        private final HtmlNodeRendererContext context;
        private final HtmlWriter html;

        ImageAsLink(HtmlNodeRendererContext context) {
            this.context = context;
            this.html = context.getWriter();
        }

        @Override
        public Set<Class<? extends Node>> getNodeTypes() {
            return Set.of(Image.class);
        }

        @Override
        public void render(Node node) {
            Image image = (Image) node;
            if (OWN_UPLOAD.matcher(image.getDestination()).matches()) {
                html.tag("a", Map.of("href", image.getDestination(), "class", "upload-image"));
                Map<String, String> attributes = new java.util.LinkedHashMap<>(); // src first, as written by hand
                attributes.put("src", image.getDestination());
                attributes.put("alt", altText(image));
                attributes.put("loading", "lazy");
                html.tag("img", attributes, true);
                html.tag("/a");
                return;
            }
            String href = context.encodeUrl(new SafeUrls().sanitizeLinkUrl(image.getDestination()));
            html.tag("a", Map.of("href", href, "rel", "nofollow ugc noopener", "class", "image-link"));
            if (image.getFirstChild() == null) {
                html.text(image.getDestination());
            }
            for (Node child = image.getFirstChild(); child != null; child = child.getNext()) {
                context.render(child);
            }
            html.tag("/a");
        }

        private static String altText(Image image) {
            StringBuilder alt = new StringBuilder();
            for (Node child = image.getFirstChild(); child != null; child = child.getNext()) {
                if (child instanceof org.commonmark.node.Text text) {
                    alt.append(text.getLiteral());
                }
            }
            return alt.toString();
        }
    }
}
