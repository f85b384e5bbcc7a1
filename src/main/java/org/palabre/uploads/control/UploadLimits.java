package org.palabre.uploads.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.palabre.moderation.control.Trust;
import org.palabre.web.control.InvalidInput;

/**
 * How much a member may send (README, settings {@code palabre.uploads.*}). New accounts follow the trust rule for
 * posts: no images at all (a new account's post may show none), and a smaller daily allowance for other files.
 */
@ApplicationScoped
public class UploadLimits {

    /** No setting may raise a file above this: the whole request is read before anything else (RequestBodies). */
    public static final long CEILING_BYTES = 30L * 1024 * 1024;

    private static final long MB = 1024L * 1024;

    @Inject
    @ConfigProperty(name = "palabre.uploads.max-image-mb", defaultValue = "12")
    long maxImageMb;

    @Inject
    @ConfigProperty(name = "palabre.uploads.max-document-mb", defaultValue = "10")
    long maxDocumentMb;

    @Inject
    @ConfigProperty(name = "palabre.uploads.max-text-kb", defaultValue = "512")
    long maxTextKb;

    @Inject
    @ConfigProperty(name = "palabre.uploads.daily-mb", defaultValue = "50")
    long dailyMb;

    @Inject
    @ConfigProperty(name = "palabre.uploads.new-account-daily-mb", defaultValue = "5")
    long newAccountDailyMb;

    @Inject
    @ConfigProperty(name = "palabre.uploads.max-megapixels", defaultValue = "50")
    long maxMegapixels;

    @Inject
    @ConfigProperty(name = "palabre.uploads.image-max-side", defaultValue = "1600")
    int imageMaxSide;

    @Inject
    @ConfigProperty(name = "palabre.uploads.thumbnail-side", defaultValue = "320")
    int thumbnailSide;

    /** Refuses a file too large for its kind, an image from a new account, or one over the day's allowance. */
    public void check(FileKind kind, long size, boolean senderIsNew, long sentToday) {
        if (kind.isImage() && !maySendImages(senderIsNew)) {
            throw new InvalidInput(Map.of("file", "uploads.newAccountNoImages"));
        }
        long max = Math.min(CEILING_BYTES, maxBytes(kind));
        if (size > max) {
            throw new InvalidInput(Map.of("file", "uploads.tooLarge"), Math.max(1, max / 1024));
        }
        long daily = (senderIsNew ? newAccountDailyMb : dailyMb) * MB;
        if (sentToday + size > daily) {
            throw new InvalidInput(Map.of("file", "uploads.dailyLimit"), daily / MB);
        }
    }

    long maxBytes(FileKind kind) {
        return switch (kind) {
            case JPEG, PNG, GIF, WEBP -> maxImageMb * MB;
            case TEXT -> maxTextKb * 1024;
            default -> maxDocumentMb * MB;
        };
    }

    public long maxPixels() {
        return maxMegapixels * 1_000_000;
    }

    public int imageMaxSide() {
        return imageMaxSide;
    }

    public int thumbnailSide() {
        return thumbnailSide;
    }

    /** Trust's own rule, so a change there changes uploads too. */
    static boolean maySendImages(boolean senderIsNew) {
        return !senderIsNew || Trust.MAX_IMAGES > 0;
    }
}
