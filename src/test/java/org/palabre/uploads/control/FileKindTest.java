package org.palabre.uploads.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;

class FileKindTest {

    @Test
    void aProgramRenamedAsAPhotoOrALeafletIsRefused() {
        byte[] elf = {0x7F, 'E', 'L', 'F', 2, 1, 1, 0, 0, 0};
        byte[] windows = {'M', 'Z', (byte) 0x90, 0, 3, 0, 0, 0, 4, 0};
        assertEquals(Optional.empty(), FileKind.of(elf));
        assertEquals(Optional.empty(), FileKind.of(windows));
    }

    @Test
    void markupIsNeverTakenForPlainText() {
        for (String page : new String[] {
            "<svg xmlns=\"http://www.w3.org/2000/svg\"><script>alert(1)</script></svg>",
            "\uFEFF  <!DOCTYPE html><html><body onload=alert(1)>",
            "<?xml version=\"1.0\"?><svg/>"
        }) {
            assertEquals(Optional.empty(), FileKind.of(page.getBytes(StandardCharsets.UTF_8)), page);
        }
        assertEquals(
                FileKind.TEXT,
                FileKind.of("Ordre du jour :\n1. Affiches\n2. Tracts\n".getBytes(StandardCharsets.UTF_8))
                        .orElseThrow()
                        .kind());
    }

    @Test
    void theTypeComesFromTheContentNeverFromTheName() {
        assertEquals(
                FileKind.PDF,
                FileKind.of("%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII))
                        .orElseThrow()
                        .kind());
        assertEquals(
                FileKind.JPEG,
                FileKind.of(SampleFiles.photo(8, 8, 1)).orElseThrow().kind());
    }

    @Test
    void officeDocumentsAreToldApartFromOtherArchives() throws IOException {
        byte[] docx = zip(
                "[Content_Types].xml",
                "<Types><Override ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/></Types>");
        assertEquals(
                "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                FileKind.of(docx).orElseThrow().mediaType());
        byte[] odt = zip("mimetype", "application/vnd.oasis.opendocument.text");
        assertEquals(
                "application/vnd.oasis.opendocument.text",
                FileKind.of(odt).orElseThrow().mediaType());
        byte[] jar = zip("META-INF/MANIFEST.MF", "Main-Class: Evil\n");
        assertTrue(FileKind.of(jar).isEmpty(), "a program archive is refused");
        byte[] macros = zip(
                "[Content_Types].xml",
                "<Types><Override ContentType=\"application/vnd.ms-word.document.macroEnabled.main+xml\"/></Types>");
        assertTrue(FileKind.of(macros).isEmpty(), "a document with macros is refused");
    }

    private static byte[] zip(String name, String content) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry(name));
            zip.write(content.getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
        return bytes.toByteArray();
    }
}
