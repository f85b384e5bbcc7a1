package org.palabre.uploads.control;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.palabre.web.control.InvalidInput;
import org.palabre.web.control.Messages;

class UploadLimitsTest {

    private static final long MB = 1024L * 1024;

    private final UploadLimits limits = defaults();

    @Test
    void aMemberMaySendFiftyMegabytesADayAndIsToldSoInTheirLanguage() {
        assertDoesNotThrow(() -> limits.check(FileKind.PDF, 9 * MB, false, 41 * MB));
        InvalidInput refused =
                assertThrows(InvalidInput.class, () -> limits.check(FileKind.PDF, 9 * MB, false, 42 * MB));

        assertEquals("uploads.dailyLimit", refused.problems().get("file"));
        assertEquals(
                "Vous avez envoyé tout ce que vous pouvez aujourd’hui (50 Mo) : réessayez demain.",
                Messages.in(Locale.FRENCH).get("uploads.dailyLimit", refused.argument()));
        assertEquals(
                "You have sent as much as you may today (50 MB): try again tomorrow.",
                Messages.in(Locale.ENGLISH).get("uploads.dailyLimit", refused.argument()));
    }

    @Test
    void aNewAccountHasFiveMegabytesADayAndNoImages() {
        InvalidInput overDay =
                assertThrows(InvalidInput.class, () -> limits.check(FileKind.TEXT, 200 * 1024, true, 5 * MB - 100));
        assertEquals("uploads.dailyLimit", overDay.problems().get("file"));
        assertEquals(5L, ((Number) overDay.argument()).longValue());

        InvalidInput image = assertThrows(InvalidInput.class, () -> limits.check(FileKind.JPEG, 1000, true, 0));
        assertEquals("uploads.newAccountNoImages", image.problems().get("file"));
    }

    @Test
    void aFileTooLargeForItsKindIsRefusedWithItsCeilingInKilobytes() {
        InvalidInput text = assertThrows(InvalidInput.class, () -> limits.check(FileKind.TEXT, 513 * 1024, false, 0));
        assertEquals("uploads.tooLarge", text.problems().get("file"));
        assertEquals(512L, ((Number) text.argument()).longValue());
        assertEquals(
                "Ce fichier est trop gros : 512 Ko au plus pour ce genre de fichier.",
                Messages.in(Locale.FRENCH).get("uploads.tooLarge", text.argument()));
    }

    /** The limits as shipped (the defaults of the configuration properties). */
    static UploadLimits defaults() {
        UploadLimits limits = new UploadLimits();
        limits.maxImageMb = 12;
        limits.maxDocumentMb = 10;
        limits.maxTextKb = 512;
        limits.dailyMb = 50;
        limits.newAccountDailyMb = 5;
        limits.maxMegapixels = 50;
        limits.imageMaxSide = 1600;
        limits.thumbnailSide = 320;
        return limits;
    }
}
