package org.palabre.mentions.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class NameSuggestionsTest {

    @Test
    void anUnderscoreOrPercentTypedMatchesOnlyItselfNotAnyCharacter() {
        assertEquals("ana\\_b", NameSuggestions.likeEscaped("ana_b"));
        assertEquals("100\\%", NameSuggestions.likeEscaped("100%"));
        assertEquals("a\\\\b", NameSuggestions.likeEscaped("a\\b"));
    }
}
