package org.palabre.uploads.control;

import com.drew.imaging.ImageMetadataReader;
import com.drew.imaging.ImageProcessingException;
import com.drew.metadata.MetadataException;
import com.drew.metadata.exif.ExifIFD0Directory;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Iterator;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.ImageOutputStream;
import org.palabre.web.control.InvalidInput;

/**
 * Turns a sent image into new pixels and nothing else: its EXIF orientation applied, bounded in size, written
 * afresh as JPEG (or PNG when it has transparency or came as PNG or GIF). Every piece of metadata (EXIF with GPS,
 * XMP, IPTC, maker notes, embedded thumbnails, comments) stays behind, because none of it is copied: only pixels
 * are. An animated GIF keeps its first frame (a still PNG): animations are rarely what a poster or photo needs,
 * and re-encoding every frame would multiply the decoding cost a member can ask of the server.
 *
 * <p>Dimensions are read from the header before any pixel is decoded, so a decompression bomb (a small file that
 * claims a huge canvas) is refused unread, and large photos are decoded subsampled to bound memory.
 */
public final class ImageReencoder {

    /** A re-encoded image: its bytes, media type and size in pixels. */
    public record Encoded(byte[] bytes, String mediaType, int width, int height) {}

    private final long maxPixels;

    public ImageReencoder(long maxPixels) {
        this.maxPixels = maxPixels;
    }

    /** The image bounded to {@code maxSide} pixels on its longer side, and its thumbnail of {@code thumbSide}. */
    public Encoded[] reencode(byte[] sent, FileKind kind, int maxSide, int thumbSide) {
        BufferedImage upright = oriented(decode(sent, maxSide), orientation(sent, kind));
        boolean png = keepsAlpha(kind, upright);
        BufferedImage display = scaled(upright, maxSide, png);
        BufferedImage thumbnail = scaled(display, thumbSide, png);
        return new Encoded[] {written(display, png), written(thumbnail, png)};
    }

    /** The image alone, bounded to {@code maxSide} pixels on its longer side, with no thumbnail. */
    public Encoded reencode(byte[] sent, FileKind kind, int maxSide) {
        BufferedImage upright = oriented(decode(sent, maxSide), orientation(sent, kind));
        boolean png = keepsAlpha(kind, upright);
        return written(scaled(upright, maxSide, png), png);
    }

    private static boolean keepsAlpha(FileKind kind, BufferedImage upright) {
        return kind == FileKind.PNG
                || kind == FileKind.GIF
                || upright.getColorModel().hasAlpha();
    }

    private BufferedImage decode(byte[] sent, int maxSide) {
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(sent))) {
            Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
            if (!readers.hasNext()) {
                throw refused("uploads.unreadableImage");
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(in, true, true); // metadata ignored: it is never read, so never copied
                long width = reader.getWidth(0);
                long height = reader.getHeight(0);
                if (width <= 0 || height <= 0 || width * height > maxPixels) {
                    throw new InvalidInput(java.util.Map.of("file", "uploads.tooManyPixels"), maxPixels / 1_000_000);
                }
                ImageReadParam param = reader.getDefaultReadParam();
                // Every step-th pixel of every step-th row: still at least maxSide on the longer side.
                int step = (int) Math.max(1, Math.max(width, height) / Math.max(1, maxSide));
                if (step > 1) {
                    param.setSourceSubsampling(step, step, 0, 0);
                }
                return reader.read(0, param);
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException e) {
            if (e instanceof InvalidInput refusal) {
                throw refusal;
            }
            throw refused("uploads.unreadableImage");
        }
    }

    /** EXIF orientation (1 to 8) of a JPEG or WebP; 1 when there is none or it cannot be read. */
    static int orientation(byte[] sent, FileKind kind) {
        if (kind != FileKind.JPEG && kind != FileKind.WEBP) {
            return 1;
        }
        try {
            ExifIFD0Directory exif = ImageMetadataReader.readMetadata(new ByteArrayInputStream(sent), sent.length)
                    .getFirstDirectoryOfType(ExifIFD0Directory.class);
            if (exif == null || !exif.containsTag(ExifIFD0Directory.TAG_ORIENTATION)) {
                return 1;
            }
            int value = exif.getInt(ExifIFD0Directory.TAG_ORIENTATION);
            return value >= 1 && value <= 8 ? value : 1;
        } catch (ImageProcessingException | MetadataException | IOException | RuntimeException e) {
            return 1;
        }
    }

    /** The image as a person sees it: EXIF orientations 2 to 8 mirror and turn the stored pixels. */
    static BufferedImage oriented(BufferedImage image, int orientation) {
        if (orientation == 1) {
            return image;
        }
        int w = image.getWidth();
        int h = image.getHeight();
        boolean turned = orientation >= 5;
        AffineTransform t = new AffineTransform();
        switch (orientation) {
            case 2 -> t.setTransform(-1, 0, 0, 1, w, 0);
            case 3 -> t.setTransform(-1, 0, 0, -1, w, h);
            case 4 -> t.setTransform(1, 0, 0, -1, 0, h);
            case 5 -> t.setTransform(0, 1, 1, 0, 0, 0);
            case 6 -> t.setTransform(0, 1, -1, 0, h, 0);
            case 7 -> t.setTransform(0, -1, -1, 0, h, w);
            default -> t.setTransform(0, -1, 1, 0, 0, w);
        }
        BufferedImage out = new BufferedImage(turned ? h : w, turned ? w : h, workingType(image));
        Graphics2D g = out.createGraphics();
        g.drawImage(image, t, null);
        g.dispose();
        return out;
    }

    static BufferedImage scaled(BufferedImage image, int maxSide, boolean keepAlpha) {
        int w = image.getWidth();
        int h = image.getHeight();
        double factor = Math.min(1.0, (double) maxSide / Math.max(w, h));
        int width = Math.max(1, (int) Math.round(w * factor));
        int height = Math.max(1, (int) Math.round(h * factor));
        BufferedImage out = new BufferedImage(
                width,
                height,
                keepAlpha && image.getColorModel().hasAlpha()
                        ? BufferedImage.TYPE_INT_ARGB
                        : BufferedImage.TYPE_INT_RGB);
        Graphics2D g = out.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
        g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
        if (!keepAlpha || !image.getColorModel().hasAlpha()) {
            g.setColor(java.awt.Color.WHITE);
            g.fillRect(0, 0, width, height);
        }
        g.drawImage(image, 0, 0, width, height, null);
        g.dispose();
        return out;
    }

    private static int workingType(BufferedImage image) {
        return image.getColorModel().hasAlpha() ? BufferedImage.TYPE_INT_ARGB : BufferedImage.TYPE_INT_RGB;
    }

    private static Encoded written(BufferedImage image, boolean png) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ImageOutputStream out = ImageIO.createImageOutputStream(bytes)) {
            ImageWriter writer =
                    ImageIO.getImageWritersByFormatName(png ? "png" : "jpeg").next();
            try {
                writer.setOutput(out);
                ImageWriteParam param = writer.getDefaultWriteParam();
                if (!png) {
                    param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
                    param.setCompressionQuality(0.85f);
                }
                writer.write(null, new IIOImage(image, null, null), param);
            } finally {
                writer.dispose();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Encoded(bytes.toByteArray(), png ? "image/png" : "image/jpeg", image.getWidth(), image.getHeight());
    }

    private static InvalidInput refused(String problem) {
        return new InvalidInput(java.util.Map.of("file", problem), null);
    }
}
