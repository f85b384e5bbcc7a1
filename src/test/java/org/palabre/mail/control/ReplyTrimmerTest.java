package org.palabre.mail.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The rules behind the corpus, one at a time, and the words a member may write that look like history. */
class ReplyTrimmerTest {

    private final ReplyTrimmer trimmer = new ReplyTrimmer();

    @Test
    void nothingWrittenGivesNothing() {
        assertEquals("", trimmer.trim(null));
        assertEquals("", trimmer.trim(" \r\n\n"));
        assertEquals("", trimmer.trim("On Thu, Dec 3, 2026 at 10:12 AM Alice <a@example.org> wrote:\n> old\n> text"));
        assertEquals("", trimmer.trim("Sent from my iPhone\n\n> On Dec 3, 2026, at 10:12, Alice wrote:\n> old"));
    }

    @Test
    void windowsLineEndingsAndSurroundingBlankLinesGo() {
        assertEquals("One\n\nTwo", trimmer.trim("\r\n\r\nOne\r\n\r\nTwo\r\n\r\n> old\r\n"));
    }

    @Test
    void textWrittenOnlyBelowASignatureDelimiterIsKept() {
        assertEquals("Oops", trimmer.trim("-- \nOops\n\nLe 3 déc. 2026 à 10:12, Alice a écrit :\n> old"));
    }

    @Test
    void aWholeQuoteAboveTheAnswerGoesButADeliberateOneStays() {
        String whole = "> Alice wrote on December 3, 2026, 10:12 AM:\n>\n> Question?\n>\n> -- \n> Read it\n\nAnswer.";
        assertEquals("Answer.", trimmer.trim(whole));
        assertEquals("> Question?\n\nAnswer.", trimmer.trim("> Question?\n\nAnswer."));
    }

    @Test
    void inlineAnswersKeepTheQuotesTheyAnswerAndDropTheRest() {
        String inline = "> first\n> question\nAnswer one\n>> nested\n> second\n\nAnswer two\n\n> rest\n> -- \n> footer";
        assertEquals("> first\n> question\n\nAnswer one\n\n>> nested\n> second\n\nAnswer two", trimmer.trim(inline));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "From: my experience, rye needs more water.",
                "Le pain a écrit une longue histoire :",
                "On my side I wrote:",
                "Sent from the station, the train was late.",
                "Envoyé de bonne heure, le colis est arrivé.",
                "Subject: rye bread, again.",
                "----- a line of dashes -----",
                "Markdown heading\n---",
                "Bob wrote: nothing special",
                "As I wrote on Monday:\nthe dough needs more water.",
                "Comme je l’ai écrit le 2 décembre :\nil faut plus d’eau."
            })
    void wordsThatOnlyLookLikeHistoryAreKept(String text) {
        assertEquals(
                text, trimmer.trim(text + "\n\nOn Thu, Dec 3, 2026 at 10:12 AM Alice <a@example.org> wrote:\n> old"));
    }

    @Test
    void aHugeAnswerIsTrimmedInLinearTime() {
        String line = "On " + "1 ".repeat(150) + "and no verb at the end of this long line\n";
        String text = "Answer\n" + line.repeat(5_000) + "> quoted\n".repeat(50_000) + "x".repeat(1_000_000);
        long start = System.nanoTime();
        String trimmed = trimmer.trim(text);
        assertTrue(System.nanoTime() - start < 5_000_000_000L, "too slow");
        assertTrue(trimmed.startsWith("Answer\nOn 1 1"));
    }

    @Test
    void aFromLineFollowedByMailHeadersStartsTheHistory() {
        String outlook = "Thanks\n\nFrom: Alice\nTo: Bob\nSubject: Rye\n\nold text";
        assertEquals("Thanks", trimmer.trim(outlook));
    }
}
