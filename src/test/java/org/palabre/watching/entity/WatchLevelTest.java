package org.palabre.watching.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class WatchLevelTest {

    @Test
    void replyingRaisesNormalToTrackingButNeverLowersWatching() {
        assertEquals(WatchLevel.TRACKING, WatchLevel.NORMAL.raisedTo(WatchLevel.TRACKING));
        assertEquals(WatchLevel.WATCHING, WatchLevel.WATCHING.raisedTo(WatchLevel.TRACKING));
        assertEquals(WatchLevel.TRACKING, WatchLevel.TRACKING.raisedTo(WatchLevel.NORMAL));
    }

    @Test
    void takingPartNeverUndoesMuting() {
        assertEquals(WatchLevel.MUTED, WatchLevel.MUTED.raisedTo(WatchLevel.WATCHING));
    }

    @Test
    void onlyTheFourLevelsAreNamed() {
        assertEquals(Optional.of(WatchLevel.MUTED), WatchLevel.named("MUTED"));
        assertEquals(Optional.empty(), WatchLevel.named("muted"));
        assertEquals(Optional.empty(), WatchLevel.named(null));
    }
}
