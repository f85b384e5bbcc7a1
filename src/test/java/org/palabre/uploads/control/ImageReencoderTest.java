package org.palabre.uploads.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.drew.imaging.ImageMetadataReader;
import com.drew.metadata.Directory;
import com.drew.metadata.Metadata;
import com.drew.metadata.exif.ExifIFD0Directory;
import com.drew.metadata.exif.GpsDirectory;
import com.drew.metadata.iptc.IptcDirectory;
import com.drew.metadata.xmp.XmpDirectory;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.palabre.web.control.InvalidInput;

class ImageReencoderTest {

    private final ImageReencoder reencoder = new ImageReencoder(50_000_000);

    @Test
    void aPhonePhotoWithItsPositionComesOutWithNoMetadataAtAll() throws Exception {
        byte[] sent = SampleFiles.photo(400, 200, 1);
        Metadata before = ImageMetadataReader.readMetadata(new ByteArrayInputStream(sent));
        assertNotNull(before.getFirstDirectoryOfType(GpsDirectory.class), "the test photo carries a GPS position");
        assertNotNull(before.getFirstDirectoryOfType(XmpDirectory.class), "and an XMP packet");

        ImageReencoder.Encoded[] out = reencoder.reencode(sent, FileKind.JPEG, 1600, 320);

        for (ImageReencoder.Encoded encoded : out) {
            Metadata after = ImageMetadataReader.readMetadata(new ByteArrayInputStream(encoded.bytes()));
            List<String> found = new ArrayList<>();
            for (Directory directory : after.getDirectories()) {
                found.add(directory.getName());
            }
            assertEquals(null, after.getFirstDirectoryOfType(GpsDirectory.class), found.toString());
            assertEquals(null, after.getFirstDirectoryOfType(ExifIFD0Directory.class), found.toString());
            assertEquals(null, after.getFirstDirectoryOfType(XmpDirectory.class), found.toString());
            assertEquals(null, after.getFirstDirectoryOfType(IptcDirectory.class), found.toString());
            assertTrue(
                    found.stream()
                            .noneMatch(name -> name.contains("Exif")
                                    || name.contains("GPS")
                                    || name.contains("XMP")
                                    || name.contains("IPTC")
                                    || name.contains("Comment")
                                    || name.contains("Thumbnail")),
                    found.toString());
            String text = new String(encoded.bytes(), StandardCharsets.ISO_8859_1);
            assertFalse(text.contains("Fairphn") || text.contains("Camille") || text.contains("48.8566"));
        }
        assertEquals("image/jpeg", out[0].mediaType());
        assertEquals(400, out[0].width());
        assertEquals(320, out[1].width(), "the thumbnail is bounded");
    }

    @Test
    void theOrientationThePhoneRecordedIsAppliedToThePixels() throws Exception {
        // Orientation 6: the stored pixels are turned; shown upright, the 400x200 picture stands 200x400 and what
        // was its left (red) half is now on top.
        ImageReencoder.Encoded upright =
                reencoder.reencode(SampleFiles.photo(400, 200, 6), FileKind.JPEG, 1600, 320)[0];
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(upright.bytes()));
        assertEquals(200, image.getWidth());
        assertEquals(400, image.getHeight());
        assertTrue(isRed(image.getRGB(100, 50)), Integer.toHexString(image.getRGB(100, 50)));
        assertTrue(isBlue(image.getRGB(100, 350)), Integer.toHexString(image.getRGB(100, 350)));
    }

    @Test
    void aLargePhotoIsBoundedToTheDisplaySize() throws Exception {
        ImageReencoder.Encoded out = reencoder.reencode(SampleFiles.photo(4000, 3000, 1), FileKind.JPEG, 1600, 320)[0];
        assertEquals(1600, out.width());
        assertEquals(1200, out.height());
    }

    @Test
    void aDecompressionBombIsRefusedBeforeItsPixelsAreRead() throws Exception {
        // A PNG header claiming 100,000 x 100,000 pixels (10 gigapixels) with almost no data.
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        ImageIO.write(new BufferedImage(1, 1, BufferedImage.TYPE_INT_RGB), "png", png);
        byte[] bytes = png.toByteArray();
        java.nio.ByteBuffer.wrap(bytes, 16, 8).putInt(100_000).putInt(100_000);
        java.util.zip.CRC32 crc = new java.util.zip.CRC32();
        crc.update(bytes, 12, 17);
        java.nio.ByteBuffer.wrap(bytes, 29, 4).putInt((int) crc.getValue());
        InvalidInput refused =
                assertThrows(InvalidInput.class, () -> reencoder.reencode(bytes, FileKind.PNG, 1600, 320));
        assertEquals("uploads.tooManyPixels", refused.problems().get("file"));
    }

    @Test
    void aJpegCarryingAnHtmlPageComesOutAsPixelsOnly() {
        byte[] photo = SampleFiles.photo(40, 40, 1);
        byte[] page = "<html><script>alert(document.cookie)</script></html>".getBytes(StandardCharsets.US_ASCII);
        byte[] polyglot = new byte[photo.length + page.length];
        System.arraycopy(photo, 0, polyglot, 0, photo.length);
        System.arraycopy(page, 0, polyglot, photo.length, page.length);
        byte[] out = reencoder.reencode(polyglot, FileKind.JPEG, 1600, 320)[0].bytes();
        assertFalse(new String(out, StandardCharsets.ISO_8859_1).contains("<script"));
    }

    @Test
    void aGifWithAnArchiveBehindItKeepsOnlyItsFirstFrameAsPng() throws Exception {
        ByteArrayOutputStream gif = new ByteArrayOutputStream();
        ImageIO.write(new BufferedImage(30, 20, BufferedImage.TYPE_BYTE_INDEXED), "gif", gif);
        byte[] archive = {'P', 'K', 3, 4, 'e', 'v', 'i', 'l'};
        gif.write(archive);
        ImageReencoder.Encoded out = reencoder.reencode(gif.toByteArray(), FileKind.GIF, 1600, 320)[0];
        assertEquals("image/png", out.mediaType());
        assertFalse(new String(out.bytes(), StandardCharsets.ISO_8859_1).contains("PK\u0003\u0004"));
    }

    private static boolean isRed(int rgb) {
        return ((rgb >> 16) & 0xFF) > 200 && (rgb & 0xFF) < 60;
    }

    private static boolean isBlue(int rgb) {
        return ((rgb >> 16) & 0xFF) < 60 && (rgb & 0xFF) > 200;
    }
}
