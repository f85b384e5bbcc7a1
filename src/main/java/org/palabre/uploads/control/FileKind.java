package org.palabre.uploads.control;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * What a file is, told from its first bytes and never from its name or the type the browser claimed: a renamed
 * program, an SVG or an HTML page is none of these and is refused.
 */
public enum FileKind {
    JPEG("image/jpeg", true),
    PNG("image/png", true),
    GIF("image/gif", true),
    WEBP("image/webp", true),
    PDF("application/pdf", false),
    TEXT("text/plain;charset=UTF-8", false),
    OPEN_DOCUMENT(null, false),
    OFFICE_DOCUMENT(null, false);

    private static final int MAX_ZIP_ENTRIES_READ = 64;
    private static final int MAX_ZIP_ENTRY_BYTES = 64 * 1024;

    private final String mediaType;
    private final boolean image;

    FileKind(String mediaType, boolean image) {
        this.mediaType = mediaType;
        this.image = image;
    }

    public boolean isImage() {
        return image;
    }

    /** The kind and the exact media type (a zip document says which one it is inside). */
    public record Detected(FileKind kind, String mediaType) {}

    public static Optional<Detected> of(byte[] content) {
        if (starts(content, 0xFF, 0xD8, 0xFF)) {
            return found(JPEG);
        }
        if (starts(content, 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A)) {
            return found(PNG);
        }
        if (ascii(content, 0, "GIF87a") || ascii(content, 0, "GIF89a")) {
            return found(GIF);
        }
        if (ascii(content, 0, "RIFF") && ascii(content, 8, "WEBP")) {
            return found(WEBP);
        }
        if (ascii(content, 0, "%PDF-")) {
            return found(PDF);
        }
        if (starts(content, 'P', 'K', 3, 4)) {
            return zipDocument(content);
        }
        return isPlainText(content) ? found(TEXT) : Optional.empty();
    }

    private static Optional<Detected> found(FileKind kind) {
        return Optional.of(new Detected(kind, kind.mediaType));
    }

    /**
     * OpenDocument files begin with an uncompressed {@code mimetype} entry naming their type; Office Open XML files
     * hold {@code [Content_Types].xml} naming their main part. Any other zip (a renamed program archive) is refused.
     */
    private static Optional<Detected> zipDocument(byte[] content) {
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(content))) {
            ZipEntry entry;
            for (int read = 0; read < MAX_ZIP_ENTRIES_READ && (entry = zip.getNextEntry()) != null; read++) {
                String text = new String(zip.readNBytes(MAX_ZIP_ENTRY_BYTES), StandardCharsets.UTF_8);
                if (read == 0 && entry.getName().equals("mimetype")) {
                    String type = text.strip();
                    return type.matches("application/vnd\\.oasis\\.opendocument\\.[a-z.-]{1,40}")
                            ? Optional.of(new Detected(OPEN_DOCUMENT, type))
                            : Optional.empty();
                }
                if (entry.getName().equals("[Content_Types].xml")) {
                    return officeType(text).map(type -> new Detected(OFFICE_DOCUMENT, type));
                }
            }
        } catch (IOException | IllegalArgumentException e) {
            return Optional.empty();
        }
        return Optional.empty();
    }

    private static Optional<String> officeType(String contentTypes) {
        if (contentTypes.contains("wordprocessingml.document.main+xml")) {
            return Optional.of("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
        }
        if (contentTypes.contains("spreadsheetml.sheet.main+xml")) {
            return Optional.of("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        }
        if (contentTypes.contains("presentationml.presentation.main+xml")) {
            return Optional.of("application/vnd.openxmlformats-officedocument.presentationml.presentation");
        }
        return Optional.empty();
    }

    /**
     * UTF-8 with no control characters but tab and line ends, and not markup: a text beginning with {@code <}
     * (HTML, SVG, XML) is refused rather than trusted to stay inert in every browser.
     */
    static boolean isPlainText(byte[] content) {
        if (content.length == 0) {
            return false;
        }
        String text;
        try {
            text = StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(content))
                    .toString();
        } catch (CharacterCodingException e) {
            return false;
        }
        if (text.chars().anyMatch(c -> c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f')) {
            return false;
        }
        String start = text.replace("\uFEFF", "").stripLeading();
        return !start.startsWith("<") && !start.regionMatches(true, 0, "%!PS", 0, 4);
    }

    private static boolean starts(byte[] content, int... bytes) {
        if (content.length < bytes.length) {
            return false;
        }
        for (int i = 0; i < bytes.length; i++) {
            if ((content[i] & 0xFF) != bytes[i]) {
                return false;
            }
        }
        return true;
    }

    private static boolean ascii(byte[] content, int offset, String expected) {
        if (content.length < offset + expected.length()) {
            return false;
        }
        for (int i = 0; i < expected.length(); i++) {
            if (content[offset + i] != expected.charAt(i)) {
                return false;
            }
        }
        return true;
    }
}
