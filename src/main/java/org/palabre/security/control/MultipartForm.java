package org.palabre.security.control;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A multipart/form-data body (RFC 7578), already read and bounded in size: its text fields and its files. The
 * composer sends one when a member attaches a file without JavaScript; the anti-forgery check reads its token here.
 * Written by hand because the body is already in memory (CsrfCheck reads it first) and only this much is needed.
 */
public final class MultipartForm {

    /** A file part: the name the browser gave it (never trusted for anything but a label) and its bytes. */
    public record FilePart(String filename, byte[] content) {}

    private static final Pattern BOUNDARY = Pattern.compile("(?i)boundary=(?:\"([^\"]{1,70})\"|([^;\\s]{1,70}))");
    private static final Pattern NAME = Pattern.compile("(?i)[; ]name=\"([^\"]*)\"");
    private static final Pattern FILENAME = Pattern.compile("(?i)filename=\"([^\"]*)\"");

    private final Map<String, String> fields = new LinkedHashMap<>();
    private final Map<String, FilePart> files = new LinkedHashMap<>();

    private MultipartForm() {}

    public static boolean isMultipart(String contentType) {
        return contentType != null
                && contentType.toLowerCase(java.util.Locale.ROOT).startsWith("multipart/form-data");
    }

    /** The parts of {@code body}; an empty form when the body or its content type is malformed. */
    public static MultipartForm parse(byte[] body, String contentType) {
        MultipartForm form = new MultipartForm();
        Matcher boundaryMatch = BOUNDARY.matcher(contentType == null ? "" : contentType);
        if (!boundaryMatch.find()) {
            return form;
        }
        String boundary = boundaryMatch.group(1) != null ? boundaryMatch.group(1) : boundaryMatch.group(2);
        byte[] delimiter = ("--" + boundary).getBytes(StandardCharsets.ISO_8859_1);
        int position = indexOf(body, delimiter, 0);
        while (position >= 0) {
            int partStart = position + delimiter.length;
            if (partStart + 1 < body.length && body[partStart] == '-' && body[partStart + 1] == '-') {
                break; // the closing delimiter
            }
            partStart = skipLineEnd(body, partStart);
            int next = indexOf(body, ("\r\n--" + boundary).getBytes(StandardCharsets.ISO_8859_1), partStart);
            if (next < 0) {
                break;
            }
            form.add(Arrays.copyOfRange(body, partStart, next));
            position = next + 2;
        }
        return form;
    }

    private void add(byte[] part) {
        int headersEnd = indexOf(part, "\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1), 0);
        if (headersEnd < 0) {
            return;
        }
        String headers = new String(part, 0, headersEnd, StandardCharsets.UTF_8);
        byte[] content = Arrays.copyOfRange(part, headersEnd + 4, part.length);
        Matcher name = NAME.matcher(headers);
        if (!name.find()) {
            return;
        }
        Matcher filename = FILENAME.matcher(headers);
        if (filename.find()) {
            files.putIfAbsent(name.group(1), new FilePart(filename.group(1), content));
        } else {
            fields.putIfAbsent(name.group(1), new String(content, StandardCharsets.UTF_8));
        }
    }

    /** The same form with one field set otherwise. */
    public MultipartForm withField(String name, String value) {
        MultipartForm changed = new MultipartForm();
        changed.fields.putAll(fields);
        changed.files.putAll(files);
        changed.fields.put(name, value);
        return changed;
    }

    /** The bytes of the text fields together: capped as a whole form without a file is. */
    public long fieldBytes() {
        return fields.values().stream()
                .mapToLong(value -> value.getBytes(StandardCharsets.UTF_8).length)
                .sum();
    }

    public String field(String name) {
        return fields.get(name);
    }

    /** The file sent under {@code name}, when one was chosen (a form with an empty file input sends no content). */
    public Optional<FilePart> file(String name) {
        return Optional.ofNullable(files.get(name)).filter(f -> f.content().length > 0);
    }

    private static int skipLineEnd(byte[] body, int from) {
        if (from + 1 < body.length && body[from] == '\r' && body[from + 1] == '\n') {
            return from + 2;
        }
        return from;
    }

    private static int indexOf(byte[] haystack, byte[] needle, int from) {
        outer:
        for (int i = Math.max(0, from); i <= haystack.length - needle.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
