package org.palabre.search.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** What searches remember: each value worked out once while it fits, and never more than the capacity held. */
class RecentValuesTest {

    private final AtomicInteger worked = new AtomicInteger();

    private String upperCase(String key) {
        worked.incrementAndGet();
        return key.toUpperCase();
    }

    @Test
    void aValueIsWorkedOutOnceWhileItFits() {
        RecentValues<String, String> values = new RecentValues<>(100, (key, value) -> key.length());

        assertEquals("GRÈVE", values.get("grève", this::upperCase));
        assertEquals("GRÈVE", values.get("grève", this::upperCase));
        assertEquals("ÉCOLE", values.get("école", this::upperCase));

        assertEquals(2, worked.get());
    }

    @Test
    void whenFullEverythingIsForgottenAndWorkedOutAgain() {
        RecentValues<String, String> values = new RecentValues<>(10, (key, value) -> key.length());
        values.get("mairie", this::upperCase); // 6 of 10
        values.get("tracts", this::upperCase); // 12: full, starts again with "tracts" alone

        values.get("tracts", this::upperCase);
        values.get("mairie", this::upperCase);

        assertEquals(3, worked.get(), "tracts kept, mairie forgotten and worked out again");
    }
}
