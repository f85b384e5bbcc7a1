package org.palabre.search.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class PlainTextTest {

    @Test
    void markdownLeavesOnlyItsText() {
        String text = PlainText.of("**Rendez-vous** devant [l'école](https://ecole.example) à _midi_\n\n> cité");
        assertTrue(text.contains("Rendez-vous devant l'école"), text);
        assertFalse(text.contains("**") || text.contains("https") || text.contains("_midi_"), text);
        assertTrue(text.contains("cité"), text);
    }

    @Test
    void nothingGivesNothing() {
        assertEquals("", PlainText.of(null));
        assertEquals("", PlainText.of("  "));
    }
}
