package org.palabre.mail.control;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.palabre.web.control.ShownText;

/**
 * Text that members wrote (a topic title, a category name, a display name) made safe for a mail header: one
 * line, none of the characters {@link ShownText} refuses (left over from before the rule, or typed where it
 * was not checked), and RFC 2047 encoded not only when it has accents but also when it holds "=?": mail
 * clients decode an encoded-word wherever they find one, so a title typed as "=?UTF-8?B?...?=" would show as
 * whatever its author hid in it.
 */
public final class HeaderText {

    private static final int MAX_WORD_BYTES = 45;

    private HeaderText() {}

    /** The visible text on one line, without hidden characters. */
    public static String visible(String value) {
        StringBuilder kept = new StringBuilder(value.length());
        value.codePoints()
                .map(c -> c == '\r' || c == '\n' || c == 0x85 || c == 0x2028 || c == 0x2029 ? ' ' : c)
                .filter(c -> c == ' ' || !ShownText.isHidden(c))
                .forEach(kept::appendCodePoint);
        return kept.toString().replaceAll(" {2,}", " ").strip();
    }

    /** Whether the visible text must be encoded to be read as written. */
    static boolean needsEncoding(String visible) {
        return !visible.matches("[\\x20-\\x7e]*") || visible.contains("=?");
    }

    /** An unstructured header value (Subject), folded as long headers must be. */
    public static String unstructured(String value) {
        String visible = visible(value);
        return needsEncoding(visible) ? encoded(visible, "\r\n ") : visible;
    }

    /** A display-name phrase (From, List-Id): quoted when plain ASCII, encoded otherwise; on one line. */
    public static String phrase(String value) {
        String visible = visible(value);
        if (!needsEncoding(visible)) {
            return "\"" + visible.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
        }
        return encoded(visible, " ");
    }

    /**
     * RFC 2047 "B" encoded-words of at most 45 UTF-8 bytes (75 characters each), never splitting a character.
     * Written here because Jakarta Mail leaves pure ASCII text, "=?" included, as it is.
     */
    static String encoded(String visible, String separator) {
        StringBuilder words = new StringBuilder();
        StringBuilder chunk = new StringBuilder();
        int bytes = 0;
        for (int i = 0; i < visible.length(); ) {
            int codePoint = visible.codePointAt(i);
            String character = new String(Character.toChars(codePoint));
            int size = character.getBytes(StandardCharsets.UTF_8).length;
            if (bytes + size > MAX_WORD_BYTES) {
                append(words, chunk, separator);
                chunk.setLength(0);
                bytes = 0;
            }
            chunk.append(character);
            bytes += size;
            i += Character.charCount(codePoint);
        }
        append(words, chunk, separator);
        return words.toString();
    }

    private static void append(StringBuilder words, CharSequence chunk, String separator) {
        if (chunk.isEmpty()) {
            return;
        }
        if (!words.isEmpty()) {
            words.append(separator);
        }
        words.append("=?UTF-8?B?")
                .append(Base64.getEncoder().encodeToString(chunk.toString().getBytes(StandardCharsets.UTF_8)))
                .append("?=");
    }
}
