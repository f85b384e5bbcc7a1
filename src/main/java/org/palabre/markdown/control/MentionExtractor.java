package org.palabre.markdown.control;

import java.text.Normalizer;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.commonmark.node.BlockQuote;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.node.Text;

/**
 * Finds {@code @name} mentions in the markdown syntax tree rather than in the text: only plain text counts,
 * so a name in a code span, a code block, a link's or image's text or a URL never mentions anyone (commonmark keeps
 * code in its own nodes, and links made by the autolink extension are links too).
 */
public final class MentionExtractor {

    /** Same bounds as a username (accounts' AccountRules). */
    static final int SHORTEST = 3;

    public static final int LONGEST = 20;

    /** A mention inside one text node: where it starts (at the @), where it ends, and the name as written. */
    public record Mention(int start, int end, String name) {
        /** The form under which usernames are unique and looked up: NFC, lower case. */
        public String key() {
            return key(name);
        }

        public static String key(String name) {
            return Normalizer.normalize(name, Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
        }
    }

    private MentionExtractor() {}

    /**
     * The distinct names that the document's author mentions, as keys (lower case), in the order they first appear.
     * A name inside a blockquote is someone else's words: quoting a post that mentions a member neither tells that
     * member again nor spends the quoting author's mention allowance (as on Discourse). Palabre's quote button writes
     * a plain markdown blockquote ({@code posts.control.Quotes}), so a blockquote is the one quote syntax there is.
     */
    public static Set<String> keys(Node document) {
        Set<String> keys = new LinkedHashSet<>();
        for (Text text : mentionableTexts(document)) {
            if (!insideQuote(text)) {
                in(text.getLiteral()).forEach(mention -> keys.add(mention.key()));
            }
        }
        return keys;
    }

    /** The distinct names mentioned inside quotes only: shown as links to the member, but telling nobody. */
    public static Set<String> quotedKeys(Node document) {
        Set<String> told = keys(document);
        Set<String> quoted = new LinkedHashSet<>();
        for (Text text : mentionableTexts(document)) {
            if (insideQuote(text)) {
                in(text.getLiteral()).stream()
                        .map(Mention::key)
                        .filter(key -> !told.contains(key))
                        .forEach(quoted::add);
            }
        }
        return quoted;
    }

    static boolean insideQuote(Node node) {
        for (Node parent = node.getParent(); parent != null; parent = parent.getParent()) {
            if (parent instanceof BlockQuote) {
                return true;
            }
        }
        return false;
    }

    /** The text nodes whose content may mention someone, in document order; walked without recursion. */
    public static List<Text> mentionableTexts(Node document) {
        List<Text> texts = new ArrayList<>();
        ArrayDeque<Node> pending = new ArrayDeque<>();
        pending.push(document);
        while (!pending.isEmpty()) {
            Node node = pending.pop();
            // An image's description is link text too: it is shown as a link to the image.
            if (node instanceof Link || node instanceof Image) {
                continue;
            }
            if (node instanceof Text text) {
                texts.add(text);
            }
            List<Node> children = new ArrayList<>();
            for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
                children.add(child);
            }
            for (int i = children.size() - 1; i >= 0; i--) {
                pending.push(children.get(i));
            }
        }
        return texts;
    }

    /**
     * The mentions in one piece of plain text. An @ counts when nothing name-like comes right before it
     * (so "ana@example" is not one); the name runs while the characters are allowed in usernames, and
     * trailing dots are left out as sentence punctuation.
     */
    public static List<Mention> in(String text) {
        List<Mention> mentions = new ArrayList<>();
        int at = text.indexOf('@');
        while (at >= 0) {
            int end = at + 1;
            if (at == 0 || !isNameCharacter(text.codePointBefore(at)) && text.charAt(at - 1) != '@') {
                while (end < text.length() && isNameCharacter(text.codePointAt(end))) {
                    end += Character.charCount(text.codePointAt(end));
                }
                int nameEnd = end;
                while (nameEnd > at + 1 && text.charAt(nameEnd - 1) == '.') {
                    nameEnd--;
                }
                String name = text.substring(at + 1, nameEnd);
                int length = name.codePointCount(0, name.length());
                boolean followedByAt = end < text.length() && text.charAt(end) == '@';
                if (length >= SHORTEST && length <= LONGEST && !followedByAt) {
                    mentions.add(new Mention(at, nameEnd, name));
                }
            }
            at = text.indexOf('@', Math.max(end, at + 1));
        }
        return mentions;
    }

    private static boolean isNameCharacter(int codePoint) {
        if (Character.isLetter(codePoint) || Character.isDigit(codePoint)) {
            return true;
        }
        int type = Character.getType(codePoint);
        return type == Character.NON_SPACING_MARK
                || type == Character.COMBINING_SPACING_MARK
                || type == Character.ENCLOSING_MARK
                || codePoint == '_'
                || codePoint == '.'
                || codePoint == '-';
    }
}
