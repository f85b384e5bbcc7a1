package org.palabre.uploads.control;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import javax.imageio.ImageIO;

/**
 * Files as members send them. JPEGs as phones write them: an APP1 EXIF segment with the orientation, the camera and a GPS position, an XMP
 * packet, a comment, and the pixels. Built here byte by byte so the test shows exactly what goes in.
 */
public final class SampleFiles {

    private SampleFiles() {}

    /** A {@code width} x {@code height} photo, left half red and right half blue, tagged with these facts. */
    public static byte[] photo(int width, int height, int orientation) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(Color.RED);
        g.fillRect(0, 0, width / 2, height);
        g.setColor(Color.BLUE);
        g.fillRect(width / 2, 0, width - width / 2, height);
        g.dispose();
        return photo(image, orientation);
    }

    /** These pixels as a phone's JPEG, tagged with the orientation, camera, GPS position, XMP and a comment. */
    public static byte[] photo(BufferedImage image, int orientation) {
        ByteArrayOutputStream plain = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "jpeg", plain);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        byte[] jpeg = plain.toByteArray();
        ByteArrayOutputStream tagged = new ByteArrayOutputStream();
        tagged.write(jpeg, 0, 2); // SOI
        segment(tagged, 0xE1, exif(orientation));
        segment(tagged, 0xE1, xmp());
        segment(tagged, 0xFE, "Pris au rassemblement, 48.8566 N 2.3522 E".getBytes(StandardCharsets.US_ASCII));
        tagged.write(jpeg, 2, jpeg.length - 2);
        return tagged.toByteArray();
    }

    /** A minimal PDF as word processors write one: the Info dictionary named in the trailer. */
    public static byte[] leaflet(String author) {
        String pdf = "%PDF-1.4\n"
                + "1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n"
                + "2 0 obj << /Type /Pages /Kids [] /Count 0 >> endobj\n"
                + "3 0 obj << /Author (" + author
                + ") /Producer (LibreOffice 7.6) /Title (Tract \\(manif\\)) >> endobj\n"
                + "trailer << /Root 1 0 R /Info 3 0 R /Size 4 >>\n%%EOF\n";
        return pdf.getBytes(StandardCharsets.ISO_8859_1);
    }

    private static void segment(ByteArrayOutputStream out, int marker, byte[] payload) {
        out.write(0xFF);
        out.write(marker);
        int length = payload.length + 2;
        out.write(length >> 8);
        out.write(length & 0xFF);
        out.write(payload, 0, payload.length);
    }

    /** "Exif\0\0" then a big-endian TIFF: IFD0 (orientation, make, GPS pointer) and a GPS IFD (latitude, longitude). */
    private static byte[] exif(int orientation) {
        ByteBuffer tiff = ByteBuffer.allocate(256);
        tiff.put("MM".getBytes(StandardCharsets.US_ASCII)).putShort((short) 42).putInt(8);
        // IFD0 at 8: 3 entries (12 bytes each), then the next-IFD offset.
        int gpsOffset = 8 + 2 + 3 * 12 + 4; // 50
        int makeOffset = gpsOffset + 2 + 4 * 12 + 4; // 104
        int rationalsOffset = makeOffset + 8; // 112
        tiff.putShort((short) 3);
        entry(tiff, 0x010F, 2, 8, makeOffset); // Make, ASCII
        entry(tiff, 0x0112, 3, 1, orientation << 16); // Orientation, SHORT, value left-justified
        entry(tiff, 0x8825, 4, 1, gpsOffset); // GPS IFD pointer
        tiff.putInt(0);
        // GPS IFD at 50: 4 entries.
        tiff.putShort((short) 4);
        entry(tiff, 0x0001, 2, 2, 'N' << 24); // GPSLatitudeRef "N\0"
        entry(tiff, 0x0002, 5, 3, rationalsOffset); // GPSLatitude, 3 RATIONALs
        entry(tiff, 0x0003, 2, 2, 'E' << 24); // GPSLongitudeRef "E\0"
        entry(tiff, 0x0004, 5, 3, rationalsOffset + 24); // GPSLongitude
        tiff.putInt(0);
        tiff.put("Fairphn\0".getBytes(StandardCharsets.US_ASCII));
        for (int[] rational : new int[][] {{48, 1}, {51, 1}, {2376, 100}, {2, 1}, {21, 1}, {792, 100}}) {
            tiff.putInt(rational[0]).putInt(rational[1]);
        }
        byte[] header = "Exif\0\0".getBytes(StandardCharsets.US_ASCII);
        byte[] out = new byte[header.length + tiff.position()];
        System.arraycopy(header, 0, out, 0, header.length);
        System.arraycopy(tiff.array(), 0, out, header.length, tiff.position());
        return out;
    }

    private static void entry(ByteBuffer tiff, int tag, int type, int count, int value) {
        tiff.putShort((short) tag).putShort((short) type).putInt(count).putInt(value);
    }

    private static byte[] xmp() {
        String packet = "http://ns.adobe.com/xap/1.0/\0"
                + "<x:xmpmeta xmlns:x=\"adobe:ns:meta/\"><rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\">"
                + "<rdf:Description xmlns:dc=\"http://purl.org/dc/elements/1.1/\" dc:creator=\"Camille Martin\"/>"
                + "</rdf:RDF></x:xmpmeta>";
        return packet.getBytes(StandardCharsets.UTF_8);
    }
}
