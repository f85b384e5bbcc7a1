package org.palabre.uploads.control;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a PDF says about who made it (its Info dictionary: author, creating software, title), shown to the uploader
 * before they post, since Palabre stores PDFs as sent. A few regular expressions rather than Apache PDFBox (about
 * 3 MB with FontBox, and a whole PDF parser on the request path) because only these few strings are wanted; an Info
 * dictionary kept inside a compressed object stream is not read, and then the uploader is told so. XMP metadata
 * is only detected.
 */
public final class PdfInfo {

    private static final Pattern INFO_REFERENCE = Pattern.compile("/Info\\s+(\\d+)\\s+(\\d+)\\s+R");
    private static final Pattern ENTRY =
            Pattern.compile("/(Author|Creator|Producer|Title|Subject|Keywords)\\s*\\(((?:\\\\.|[^\\\\)]){0,300})\\)");
    private static final int MAX_OBJECT_CHARS = 8192;

    private PdfInfo() {}

    /** Each entry found, then {@code xmp} when an XMP packet is present; {@code unreadable} when no dictionary was found. */
    public static Map<String, String> of(byte[] pdf) {
        String text = new String(pdf, StandardCharsets.ISO_8859_1);
        Map<String, String> found = new LinkedHashMap<>();
        Matcher reference = INFO_REFERENCE.matcher(text);
        String dictionary = null;
        while (reference.find()) {
            dictionary = object(text, reference.group(1) + " " + reference.group(2) + " obj");
        }
        if (dictionary == null) {
            found.put("unreadable", "");
        } else {
            Matcher entry = ENTRY.matcher(dictionary);
            while (entry.find()) {
                found.putIfAbsent(entry.group(1).toLowerCase(java.util.Locale.ROOT), literal(entry.group(2)));
            }
        }
        if (text.contains("<x:xmpmeta") || text.contains("/Type /Metadata") || text.contains("/Type/Metadata")) {
            found.put("xmp", "");
        }
        return found;
    }

    private static String object(String text, String header) {
        int start = text.lastIndexOf(header);
        if (start < 0) {
            return null;
        }
        int end = text.indexOf("endobj", start);
        return text.substring(start, Math.min(end < 0 ? text.length() : end, start + MAX_OBJECT_CHARS));
    }

    /** A PDF literal string: escapes undone, UTF-16 (with its byte-order mark) decoded, control characters dropped. */
    static String literal(String raw) {
        StringBuilder bytes = new StringBuilder();
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c == '\\' && i + 1 < raw.length()) {
                char next = raw.charAt(++i);
                switch (next) {
                    case 'n' -> bytes.append('\n');
                    case 'r' -> bytes.append('\r');
                    case 't' -> bytes.append('\t');
                    default -> {
                        if (next >= '0' && next <= '7') {
                            int end = i;
                            while (end < raw.length()
                                    && end < i + 3
                                    && raw.charAt(end) >= '0'
                                    && raw.charAt(end) <= '7') {
                                end++;
                            }
                            bytes.append((char) Integer.parseInt(raw.substring(i, end), 8));
                            i = end - 1;
                        } else {
                            bytes.append(next);
                        }
                    }
                }
            } else {
                bytes.append(c);
            }
        }
        String value = bytes.toString();
        if (value.startsWith("\u00FE\u00FF")) {
            value = new String(value.substring(2).getBytes(StandardCharsets.ISO_8859_1), StandardCharsets.UTF_16BE);
        }
        return value.replaceAll("\\p{Cntrl}", " ").strip();
    }
}
