package org.palabre.moderation.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class LinkCountTest {

    @Test
    void countsMarkdownLinksAutolinksAndImagesApart() {
        assertEquals(
                new LinkCount(3, 0),
                LinkCount.of("[un](https://a.example) et https://b.example puis <https://c.example>"));
        assertEquals(new LinkCount(0, 1), LinkCount.of("![photo](https://a.example/p.png)"));
        assertEquals(new LinkCount(0, 0), LinkCount.of("Rien que du texte, et @quelquun."));
    }

    @Test
    void linksInsideCodeAreText() {
        assertEquals(new LinkCount(0, 0), LinkCount.of("`https://a.example` et\n\n    https://b.example"));
    }
}
