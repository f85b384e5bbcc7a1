package org.palabre.topics.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class TopicTitleTest {

    @Test
    void aTitleIsTrimmedNormalisedAndGivesAnAsciiSlug() {
        TopicTitle title = TopicTitle.of("  Réunion   à Lyon : l’ordre du jour  ");
        assertEquals("Réunion à Lyon : l’ordre du jour", title.text());
        assertEquals("reunion-a-lyon-l-ordre-du-jour", title.slug());
        assertEquals("topic", TopicTitle.of("?!?!?!").slug(), "a title with no letters still has an address");
    }

    @Test
    void lineBreaksControlsAndDirectionOverridesAreRefused() {
        assertEquals(Optional.of("topics.title.controls"), TopicTitle.problem("Titre\r\nBcc: victime@example.org"));
        assertEquals(Optional.of("topics.title.controls"), TopicTitle.problem("Facture \u202Egpj.exe"));
        assertEquals(Optional.of("topics.title.controls"), TopicTitle.problem("Invisible\u200Bcaractère"));
        assertEquals(Optional.of("topics.title.controls"), TopicTitle.problem("Nul\u0000caractère"));
    }

    @Test
    void titlesAreFiveToTwoHundredCharacters() {
        assertEquals(Optional.of("topics.title.length"), TopicTitle.problem("Oui"));
        assertEquals(Optional.of("topics.title.required"), TopicTitle.problem("   "));
        assertEquals(Optional.empty(), TopicTitle.problem("é".repeat(200)));
        assertEquals(Optional.of("topics.title.length"), TopicTitle.problem("é".repeat(201)));
        assertEquals(true, TopicTitle.of("mot ".repeat(50)).slug().length() <= 80, "addresses stay short");
    }
}
