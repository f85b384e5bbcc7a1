package org.palabre.uploads.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PdfInfoTest {

    /** A minimal PDF as word processors write one: the Info dictionary named in the trailer. */
    static byte[] leaflet(String author) {
        String pdf = "%PDF-1.4\n"
                + "1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n"
                + "2 0 obj << /Type /Pages /Kids [] /Count 0 >> endobj\n"
                + "3 0 obj << /Author (" + author
                + ") /Producer (LibreOffice 7.6) /Title (Tract \\(manif\\)) >> endobj\n"
                + "trailer << /Root 1 0 R /Info 3 0 R /Size 4 >>\n%%EOF\n";
        return pdf.getBytes(StandardCharsets.ISO_8859_1);
    }

    @Test
    void theAuthorAndSoftwareOfALeafletAreShownToItsUploader() {
        Map<String, String> info = PdfInfo.of(leaflet("Camille Martin"));
        assertEquals("Camille Martin", info.get("author"));
        assertEquals("LibreOffice 7.6", info.get("producer"));
        assertEquals("Tract (manif)", info.get("title"));
    }

    @Test
    void aPdfWhoseDetailsCannotBeFoundSaysSo() {
        assertTrue(PdfInfo.of("%PDF-1.7\n%%EOF".getBytes(StandardCharsets.ISO_8859_1))
                .containsKey("unreadable"));
    }
}
