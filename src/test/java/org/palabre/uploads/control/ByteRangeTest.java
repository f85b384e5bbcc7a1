package org.palabre.uploads.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class ByteRangeTest {

    @Test
    void aReaderResumingADownloadGetsTheRestOnly() {
        assertEquals(new ByteRange(100, 900, true), ByteRange.of("bytes=100-", 1000));
        assertEquals(new ByteRange(0, 10, true), ByteRange.of("bytes=0-9", 1000));
        assertEquals(new ByteRange(990, 10, true), ByteRange.of("bytes=-10", 1000));
        assertEquals("bytes 990-999/1000", ByteRange.of("bytes=-10", 1000).contentRange(1000));
        assertEquals(new ByteRange(0, 1000, false), ByteRange.of(null, 1000));
        assertEquals(new ByteRange(0, 1000, false), ByteRange.of("bytes=0-1,5-6", 1000), "several: the whole file");
        assertNull(ByteRange.of("bytes=2000-", 1000), "past the end: 416");
    }
}
