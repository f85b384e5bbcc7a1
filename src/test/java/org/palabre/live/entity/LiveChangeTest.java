package org.palabre.live.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class LiveChangeTest {

    @Test
    void aNoticeCarriesIdsOnlyAndReadsBackTheSame() {
        LiveChange edited = LiveChange.ofPost(LiveChange.Kind.EDITED, 41, 7, 3, 2);
        String json = edited.toJson();
        assertEquals("{\"kind\":\"EDITED\",\"event\":41,\"post\":7,\"topic\":3,\"category\":2}", json);
        assertEquals(edited, LiveChange.fromJson(json));
        assertEquals(
                LiveChange.recheck(0), LiveChange.fromJson(LiveChange.recheck(0).toJson()));
        assertEquals(LiveChange.notified(9), LiveChange.fromJson("{\"kind\":\"NOTIFIED\",\"post\":9}"));
    }

    @Test
    void onlyPostChangesAreJournaled() {
        assertTrue(LiveChange.Kind.STARTED.isJournaled());
        assertFalse(LiveChange.Kind.RECHECK.isJournaled());
        assertFalse(LiveChange.Kind.NOTIFIED.isJournaled());
    }
}
