package org.palabre.security.control;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class MultipartFormTest {

    @Test
    void aComposerSentWithAFileGivesItsFieldsAndTheFileUntouched() {
        byte[] photo = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, 0x0D, 0x0A, '-', '-', 0};
        String head = "--XyZ\r\nContent-Disposition: form-data; name=\"_csrf\"\r\n\r\ntok123\r\n"
                + "--XyZ\r\nContent-Disposition: form-data; name=\"raw\"\r\n\r\nOn se retrouve à 18 h\r\nsur la place\r\n"
                + "--XyZ\r\nContent-Disposition: form-data; name=\"file\"; filename=\"affiche.jpg\"\r\n"
                + "Content-Type: image/jpeg\r\n\r\n";
        byte[] start = head.getBytes(StandardCharsets.UTF_8);
        byte[] end = "\r\n--XyZ--\r\n".getBytes(StandardCharsets.UTF_8);
        byte[] body = new byte[start.length + photo.length + end.length];
        System.arraycopy(start, 0, body, 0, start.length);
        System.arraycopy(photo, 0, body, start.length, photo.length);
        System.arraycopy(end, 0, body, start.length + photo.length, end.length);

        MultipartForm form = MultipartForm.parse(body, "multipart/form-data; boundary=XyZ");

        assertEquals("tok123", form.field("_csrf"));
        assertEquals("On se retrouve à 18 h\r\nsur la place", form.field("raw"));
        assertEquals("affiche.jpg", form.file("file").orElseThrow().filename());
        assertArrayEquals(photo, form.file("file").orElseThrow().content());
    }

    @Test
    void aMalformedBodyGivesNoFieldsRatherThanAnError() {
        MultipartForm form = MultipartForm.parse("garbage".getBytes(StandardCharsets.UTF_8), "multipart/form-data");
        assertEquals(null, form.field("_csrf"));
        assertTrue(form.file("file").isEmpty());
    }
}
