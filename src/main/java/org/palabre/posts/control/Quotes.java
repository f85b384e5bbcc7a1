package org.palabre.posts.control;

/**
 * The markdown that a "quote" starts a reply with: the source post as a blockquote, opened by a line that
 * names its author and links to it. Nested quotes in the source stay nested one level deeper.
 */
public final class Quotes {

    private Quotes() {}

    /** attribution is the reader-language sentence ("noemie a écrit"), linked to the post's permalink. */
    public static String of(String sourceRaw, String attribution, String sourcePath) {
        StringBuilder quote = new StringBuilder("> [")
                .append(escapeLinkText(attribution))
                .append("](")
                .append(sourcePath)
                .append(") :\n>\n");
        for (String line : sourceRaw.split("\n", -1)) {
            quote.append(line.isEmpty() ? ">" : "> " + line).append('\n');
        }
        return quote.append('\n').toString();
    }

    private static String escapeLinkText(String text) {
        return text.replace("\\", "\\\\").replace("[", "\\[").replace("]", "\\]");
    }
}
