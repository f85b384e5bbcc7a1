package org.palabre.web.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import gg.jte.output.StringOutput;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class ReaderTimesTest {

    private static final Instant NOON_UTC = Instant.parse("2026-12-04T12:00:00Z");

    @Test
    void aMomentIsWrittenInTheReadersZoneAndLanguageWithTheExactInstantForMachines() {
        StringOutput html = new StringOutput();
        new ReaderTimes(Locale.FRENCH, ZoneId.of("Pacific/Kiritimati"))
                .element(NOON_UTC)
                .writeTo(html);
        assertEquals("<time datetime=\"2026-12-04T12:00:00Z\">5 déc. 2026 02:00</time>", html.toString());
        assertEquals(
                "Dec 4, 2026, 4:00 AM",
                new ReaderTimes(Locale.ENGLISH, ZoneId.of("America/Los_Angeles"))
                        .text(NOON_UTC)
                        .replace('\u202f', ' '));
    }

    @Test
    void aZoneTheJdkNoLongerKnowsFallsBackToTheSitesThenToParis() {
        assertEquals(ZoneId.of("America/Montreal"), ReaderTimes.zone("America/Montreal", "Europe/Paris"));
        assertEquals(ZoneId.of("Europe/Lisbon"), ReaderTimes.zone("Mars/Olympus", "Europe/Lisbon"));
        assertEquals(ZoneId.of("Europe/Lisbon"), ReaderTimes.zone(null, "Europe/Lisbon"));
        assertEquals(ZoneId.of("Europe/Paris"), ReaderTimes.zone("", "nowhere"));
    }

    @Test
    void noMomentWritesNothing() {
        assertTrue(
                new ReaderTimes(Locale.FRENCH, ZoneId.of("UTC")).element(null).isEmptyContent());
    }
}
