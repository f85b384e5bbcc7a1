package org.palabre.search.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An upgrade removes the embedded index an earlier Palabre wrote, and nothing else of the data folder. */
class EarlierIndexesTest {

    @TempDir
    Path indexDir;

    @Test
    void theEarlierIndexFolderGoesAndTheCurrentOneStays() throws Exception {
        Path earlier = Files.createDirectories(indexDir.resolve("posts"));
        Files.writeString(earlier.resolve("segments_3"), "old");
        Files.writeString(Files.createDirectories(earlier.resolve("nested")).resolve("write.lock"), "");
        Path current = Files.createDirectories(indexDir.resolve(PostMapping.INDEX));
        Files.writeString(current.resolve("segments_1"), "new");

        ReindexAtStart.removeEarlierIndexes(indexDir);

        assertFalse(Files.exists(earlier), "the index of the earlier form is gone");
        assertEquals("new", Files.readString(current.resolve("segments_1")), "the current index is untouched");
    }

    @Test
    void aFolderWithoutEarlierIndexIsLeftAsItIs() throws Exception {
        ReindexAtStart.removeEarlierIndexes(indexDir);
        ReindexAtStart.removeEarlierIndexes(indexDir.resolve("never-made"));

        assertTrue(Files.isDirectory(indexDir));
    }
}
