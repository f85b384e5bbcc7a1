package org.palabre.search.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class ExcerptTest {

    @Test
    void theHighlightersMarksBecomeMatchedPartsAndTheTextStaysPlain() {
        Excerpt excerpt = Excerpt.of(
                "la " + Excerpt.OPEN + "vidéo" + Excerpt.CLOSE + " <b>" + Excerpt.OPEN + "x" + Excerpt.CLOSE);
        assertEquals(
                List.of(
                        new Excerpt.Part("la ", false),
                        new Excerpt.Part("vidéo", true),
                        new Excerpt.Part(" <b>", false),
                        new Excerpt.Part("x", true)),
                excerpt.parts());
        assertEquals("la vidéo <b>x", excerpt.text());
    }

    @Test
    void anUnclosedMarkRunsToTheEnd() {
        assertEquals(
                List.of(new Excerpt.Part("a", false), new Excerpt.Part("b", true)),
                Excerpt.of("a" + Excerpt.OPEN + "b").parts());
    }

    @Test
    void aPlainExcerptIsCut() {
        assertEquals("abc…", Excerpt.plain("abcdef", 3).text());
    }
}
