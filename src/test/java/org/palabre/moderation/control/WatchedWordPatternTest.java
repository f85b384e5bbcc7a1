package org.palabre.moderation.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class WatchedWordPatternTest {

    private static boolean matches(String phrase, String text) {
        return WatchedWordPattern.of(phrase).foundIn(WatchedWordPattern.fold(text));
    }

    @Test
    void caseAndAccentsDoNotMatterOnEitherSide() {
        assertTrue(matches("surveillance", "Contre la Sürveillance de masse"));
        assertTrue(matches("surveillance", "CONTRE LA SURVEILLANCE"));
        assertTrue(matches("Sürveillance", "la surveillance"));
        assertTrue(matches("élection", "ELECTION"));
        assertTrue(matches("surveillance", "ｓｕｒｖｅｉｌｌａｎｃｅ"), "compatibility forms fold too");
    }

    @Test
    void wholeWordsOnly() {
        assertFalse(matches("arme", "le charme discret"));
        assertFalse(matches("arme", "armes"));
        assertTrue(matches("arme", "une arme, enfin"));
    }

    @Test
    void aStarStandsForLettersWithinOneWord() {
        assertTrue(matches("arme*", "des armements"));
        assertTrue(matches("arme*", "arme"));
        assertTrue(matches("*veillance", "la télésurveillance"));
        assertFalse(matches("sur*ance", "sur la balance"), "a star never crosses a space");
    }

    @Test
    void phrasesMatchAcrossAnyRunOfSpaces() {
        assertTrue(matches("argent facile", "de l'argent   facile"));
        assertTrue(matches("argent facile", "ARGENT\nFACILE"));
        assertFalse(matches("argent facile", "argent très facile"));
    }

    @Test
    void regularExpressionSyntaxIsTakenLiterally() {
        assertFalse(matches("(a+)+$", "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa!"));
        assertTrue(matches("(a+)+$", "ceci (a+)+$ cela"));
        assertFalse(matches("a.c", "abc"));
        assertTrue(matches("a.c", "a.c"));
    }

    @Test
    void aHostileTextStaysFastWithTheMostWildcards() {
        String text = "a".repeat(32_000);
        assertTimeoutPreemptively(Duration.ofSeconds(2), () -> assertFalse(matches("a*a*b", text)));
    }

    @Test
    void phrasesThatCannotBeWatched() {
        assertEquals(Optional.of("watchedWords.phrase.length"), WatchedWordPattern.problem("  "));
        assertEquals(Optional.of("watchedWords.phrase.length"), WatchedWordPattern.problem("x".repeat(101)));
        assertEquals(Optional.of("watchedWords.phrase.noLetters"), WatchedWordPattern.problem("**"));
        assertEquals(Optional.of("watchedWords.phrase.wildcards"), WatchedWordPattern.problem("a*b*c*d"));
        assertEquals(Optional.empty(), WatchedWordPattern.problem("(a+)+$"));
    }
}
