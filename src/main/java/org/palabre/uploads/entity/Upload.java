package org.palabre.uploads.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.text.Normalizer;
import java.time.Instant;
import java.util.Locale;

/**
 * A file a member sent: who, under which name, what it is, and the sha256 of the stored content (for an image, of
 * the re-encoded pixels, never of what was sent). Its address is {@code /uploads/<first 32 hex digits>/<name>}.
 */
@Entity
@Table(name = "uploads")
public class Upload {

    /** Hex digits of the sha256 in an address: 128 bits, too many to guess, short enough to read. */
    public static final int PREFIX_LENGTH = 32;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String sha256;

    @Column(name = "thumbnail_sha256")
    private String thumbnailSha256;

    @Column(name = "owner_id")
    private Long ownerId;

    private String name;

    @Column(name = "media_type")
    private String mediaType;

    @Column(name = "size_bytes")
    private long sizeBytes;

    private Integer width;

    private Integer height;

    @Column(name = "document_info")
    private String documentInfo;

    @Column(name = "created_at")
    private Instant createdAt;

    @Column(name = "unreferenced_since")
    private Instant unreferencedSince;

    protected Upload() {}

    public Upload(
            String sha256,
            String thumbnailSha256,
            long ownerId,
            String sentName,
            String mediaType,
            long sizeBytes,
            Integer width,
            Integer height,
            String documentInfo) {
        this.sha256 = sha256;
        this.thumbnailSha256 = thumbnailSha256;
        this.ownerId = ownerId;
        this.name = safeName(sentName, mediaType);
        this.mediaType = mediaType;
        this.sizeBytes = sizeBytes;
        this.width = width;
        this.height = height;
        this.documentInfo = documentInfo;
        this.createdAt = Instant.now();
        this.unreferencedSince = createdAt;
    }

    /**
     * A name fit for an address and a download: letters, digits, dot, dash and underscore, no leading dot, at most
     * 80 characters, and the extension of what the file really is (a photo sent as {@code x.exe} is {@code x.jpg}).
     */
    public static String safeName(String sent, String mediaType) {
        String base = sent == null ? "" : sent.replace('\\', '/');
        base = base.substring(base.lastIndexOf('/') + 1);
        int dot = base.lastIndexOf('.');
        if (dot > 0) {
            base = base.substring(0, dot);
        }
        base = Normalizer.normalize(base, Normalizer.Form.NFKD)
                .replaceAll("\\p{M}", "")
                .replaceAll("[^A-Za-z0-9_-]+", "-")
                .replaceAll("^-+|-+$", "");
        if (base.isEmpty()) {
            base = "file";
        }
        base = base.substring(0, Math.min(base.length(), 70));
        return base + "." + extension(mediaType);
    }

    public static String extension(String mediaType) {
        String type = mediaType.toLowerCase(Locale.ROOT);
        if (type.startsWith("image/jpeg")) return "jpg";
        if (type.startsWith("image/png")) return "png";
        if (type.startsWith("application/pdf")) return "pdf";
        if (type.startsWith("text/plain")) return "txt";
        if (type.endsWith("wordprocessingml.document")) return "docx";
        if (type.endsWith("spreadsheetml.sheet")) return "xlsx";
        if (type.endsWith("presentationml.presentation")) return "pptx";
        if (type.endsWith("opendocument.text")) return "odt";
        if (type.endsWith("opendocument.spreadsheet")) return "ods";
        if (type.endsWith("opendocument.presentation")) return "odp";
        if (type.endsWith("opendocument.graphics")) return "odg";
        return "bin";
    }

    public String path() {
        return "/uploads/" + sha256.substring(0, PREFIX_LENGTH) + "/" + name;
    }

    public String thumbnailPath() {
        return thumbnailSha256 == null ? null : path() + "?thumbnail";
    }

    public boolean isImage() {
        return mediaType.startsWith("image/");
    }

    /** The markdown a post uses to show it: an image inline, any other file as a link with its name and size. */
    public String markdown() {
        if (isImage()) {
            return "![" + name + "](" + path() + ")";
        }
        return "[" + name + " (" + readableSize(sizeBytes) + ")](" + path() + ")";
    }

    public static String readableSize(long bytes) {
        if (bytes < 1024) {
            return bytes + " B";
        }
        if (bytes < 1024 * 1024) {
            return (bytes + 1023) / 1024 + " KB";
        }
        return String.format(Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024.0));
    }

    public Long id() {
        return id;
    }

    public String sha256() {
        return sha256;
    }

    public String thumbnailSha256() {
        return thumbnailSha256;
    }

    public Long ownerId() {
        return ownerId;
    }

    public String name() {
        return name;
    }

    public String mediaType() {
        return mediaType;
    }

    public long sizeBytes() {
        return sizeBytes;
    }

    public Integer width() {
        return width;
    }

    public Integer height() {
        return height;
    }

    /** For a PDF, what its Info dictionary says, one {@code key: value} a line; null for any other file. */
    public String documentInfo() {
        return documentInfo;
    }

    public Instant createdAt() {
        return createdAt;
    }
}
