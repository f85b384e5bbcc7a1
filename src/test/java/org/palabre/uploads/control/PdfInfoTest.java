package org.palabre.uploads.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PdfInfoTest {

    @Test
    void theAuthorAndSoftwareOfALeafletAreShownToItsUploader() {
        Map<String, String> info = PdfInfo.of(SampleFiles.leaflet("Camille Martin"));
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
