package org.palabre.search.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class SearchTermsTest {

    @Test
    void membersAndCategoriesAreTakenOutOfTheWordsAndPhrasesAndExclusionsStay() {
        SearchTerms terms = SearchTerms.parse("\"cantine solidaire\" -midi @demo-castor #quartier-nord tracts");
        assertEquals("\"cantine solidaire\" -midi tracts", terms.words());
        assertEquals(List.of("demo-castor"), terms.authors());
        assertEquals(List.of("quartier-nord"), terms.categories());
    }

    @Test
    void anUnclosedQuoteRunsToTheEndAndALoneSignIsAWord() {
        assertEquals("\"ecole jaures\"", SearchTerms.parse("\"ecole jaures").words());
        assertEquals("\"\"", SearchTerms.parse("\"").words());
        assertEquals("@ #", SearchTerms.parse("@ #").words());
    }

    @Test
    void tenThousandCharactersAreCutAndNothingIsEverThrown() {
        SearchTerms terms = SearchTerms.parse("(((".repeat(4_000));
        assertTrue(terms.words().length() <= SearchTerms.MAX_LENGTH);
        assertTrue(SearchTerms.parse(null).isEmpty());
        assertTrue(SearchTerms.parse("   ").isEmpty());
    }
}
