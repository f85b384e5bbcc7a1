package org.palabre.search.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class WordMarksTest {

    private static List<String> marked(Excerpt excerpt) {
        return excerpt.parts().stream()
                .filter(Excerpt.Part::matched)
                .map(Excerpt.Part::text)
                .toList();
    }

    @Test
    void frenchWordsAreMarkedWhateverTheirPluralAccentsOrArticle() {
        WordMarks marks = WordMarks.of("manifestation video école");
        Excerpt excerpt = marks.excerpt("Deux manifestations contre la vidéosurveillance, une vidéo de l'école.");
        assertEquals(List.of("manifestations", "vidéo", "l'école"), marked(excerpt));
        assertEquals("Deux manifestations contre la vidéosurveillance, une vidéo de l'école.", excerpt.text());
    }

    @Test
    void englishWordsAreMarkedByTheirEnglishStem() {
        Excerpt excerpt = WordMarks.of("striking tenants").excerpt("The tenants' strike: tenants strikes again.");
        // The apostrophe of a possessive is not part of the word.
        assertEquals(List.of("tenants", "strike", "tenants", "strikes"), marked(excerpt));
    }

    @Test
    void eachWordIsMarkedInWhicheverLanguageFindsIt() {
        // As the index finds each word in either language: "l'école" by its French term, "strike" by the English
        // stem of "striking".
        Excerpt excerpt = WordMarks.of("école striking").excerpt("L'école soutient the strike.");
        assertEquals(List.of("L'école", "strike"), marked(excerpt));
    }

    @Test
    void aPhraseIsMarkedOnlyWhereItStandsWhole() {
        Excerpt excerpt = WordMarks.of("\"cantine solidaire\"")
                .excerpt("La cantine ouvre lundi. Une cantine solidaire, enfin ! Solidaire de qui ?");
        assertEquals(List.of("cantine", "solidaire"), marked(excerpt));
        assertTrue(excerpt.text().contains("Une cantine solidaire"), excerpt.text());
    }

    @Test
    void excludedWordsAreNeverMarked() {
        Excerpt excerpt = WordMarks.of("kitchen -sunday").excerpt("The kitchen is closed on Sunday.");
        assertEquals(List.of("kitchen"), marked(excerpt));
        assertNull(WordMarks.of("-sunday").excerpt("The kitchen is closed on Sunday."));
    }

    @Test
    void aTextWithoutTheWordsHasNoExcerptAndNoWordsMarkNothing() {
        assertNull(WordMarks.of("grève").excerpt("Rien à voir."));
        assertNull(WordMarks.of("  ").excerpt("Une grève."));
        assertNull(WordMarks.of("\"").excerpt("Une grève."));
    }

    @Test
    void aLongTextGivesAtMostTwoShortPassagesAroundTheWords() {
        String filler = "Le conseil municipal a longuement débattu du budget. ".repeat(40);
        String text = filler + "La grève commence mardi. " + filler + "Fin de la grève jeudi. " + filler;
        Excerpt excerpt = WordMarks.of("grève").excerpt(text);
        assertEquals(List.of("grève", "grève"), marked(excerpt));
        assertTrue(excerpt.text().length() <= 2 * WordMarks.FRAGMENT + 40, excerpt.text());
        assertTrue(excerpt.text().contains(" … "), excerpt.text());
    }

    @Test
    void wordsAreMarkedAlikeBeforeAndAfterTheAnalysisForgetsTheWordsItKeeps() {
        // More distinct words than the analysis keeps (it then starts again), the searched ones before and after.
        StringBuilder text = new StringBuilder("Les grèves de mai. ");
        for (int i = 0; i < 5_000; i++) {
            text.append("mot").append(Integer.toString(i, 36)).append(' ');
        }
        text.append("Des grèves encore, striking again.");
        WordMarks marks = WordMarks.of("grève strikes");
        for (int i = 0; i < 2; i++) {
            assertEquals(List.of("grèves", "grèves", "striking"), marked(marks.whole(text.toString())));
        }
    }

    @Test
    void aPostCannotForgeAMark() {
        Excerpt excerpt = WordMarks.of("grève").excerpt("x" + Excerpt.OPEN + "faux" + Excerpt.CLOSE + " grève");
        assertEquals(List.of("grève"), marked(excerpt));
    }

    @Test
    void aTitleIsMarkedWhole() {
        Excerpt title = WordMarks.of("réunion").whole("Compte rendu des réunions de la campagne");
        assertEquals(List.of("réunions"), marked(title));
        assertEquals("Compte rendu des réunions de la campagne", title.text());
    }
}
