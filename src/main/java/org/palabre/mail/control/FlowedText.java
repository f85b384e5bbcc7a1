package org.palabre.mail.control;

/**
 * Undoes format=flowed (RFC 3676): a line ending in a space continues on the next line of the same quote depth,
 * a leading space was added by the sender ("space-stuffing") and goes, and "-- " stays the signature delimiter.
 */
final class FlowedText {

    private FlowedText() {}

    static String unflow(String text, boolean delSp) {
        StringBuilder out = new StringBuilder(text.length());
        StringBuilder paragraph = null;
        int paragraphDepth = -1;
        for (String raw : text.replace("\r\n", "\n").split("\n", -1)) {
            int depth = 0;
            while (depth < raw.length() && raw.charAt(depth) == '>') {
                depth++;
            }
            String line = raw.substring(depth);
            if (line.startsWith(" ")) {
                line = line.substring(1);
            }
            boolean soft = line.endsWith(" ") && !line.equals("-- ");
            if (paragraph != null && depth != paragraphDepth) {
                // A quote depth change ends a paragraph even after a soft break (RFC 3676, 4.5).
                appendLine(out, paragraphDepth, paragraph);
                paragraph = null;
            }
            if (soft) {
                if (paragraph == null) {
                    paragraph = new StringBuilder();
                    paragraphDepth = depth;
                }
                paragraph.append(delSp ? line.substring(0, line.length() - 1) : line);
                continue;
            }
            if (paragraph != null) {
                appendLine(out, depth, paragraph.append(line));
                paragraph = null;
            } else {
                appendLine(out, depth, new StringBuilder(line));
            }
        }
        if (paragraph != null) {
            appendLine(out, paragraphDepth, paragraph);
        }
        if (out.length() > 0) {
            out.setLength(out.length() - 1);
        }
        return out.toString();
    }

    private static void appendLine(StringBuilder out, int depth, CharSequence line) {
        if (depth > 0) {
            out.append(">".repeat(depth));
            if (line.length() > 0) {
                out.append(' ');
            }
        }
        out.append(line).append('\n');
    }
}
