package org.palabre.markdown.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class MentionExtractorTest {

    private final MarkdownRenderer markdown = new MarkdownRenderer();

    private List<String> mentioned(String raw) {
        return List.copyOf(MentionExtractor.keys(markdown.parse(raw)));
    }

    @Test
    void nameInPlainTextIsMentioned() {
        assertEquals(List.of("denic"), mentioned("Merci @denic pour les tracts"));
    }

    @Test
    void mentionsAreCaseInsensitiveAndListedOnceInOrder() {
        assertEquals(List.of("noémie", "denic"), mentioned("@Noémie et @denic, puis @NOÉMIE encore"));
    }

    @Test
    void unicodeNamesAreNormalisedSoBothSpellingsOfAnAccentMatch() {
        assertEquals(List.of("noémie"), mentioned("@Noe\u0301mie"));
    }

    @Test
    void punctuationEndsTheName() {
        assertEquals(List.of("denic"), mentioned("Vu avec @denic, ok"));
        assertEquals(List.of("denic"), mentioned("Vu avec @denic."));
        assertEquals(List.of("denic"), mentioned("Vu avec @denic..."));
        assertEquals(List.of("denic"), mentioned("(@denic)"));
        assertEquals(List.of("denic"), mentioned("@denic!"));
        assertEquals(List.of("jean.paul"), mentioned("Demande à @jean.paul."));
    }

    @Test
    void namesInsideAQuoteMentionNobody() {
        assertEquals(List.of(), mentioned("> @denic a dit oui"));
        assertEquals(List.of(), mentioned("> [noemie a écrit](/t/1/2) :\n>\n> Merci @denic et @lea"));
        assertEquals(List.of(), mentioned("> > @denic, dans une citation citée"));
        assertEquals(List.of(), mentioned("> - @denic dans une liste citée"));
    }

    @Test
    void theQuotingAuthorsOwnMentionsStillCount() {
        assertEquals(List.of("lea"), mentioned("> @denic a dit oui\n\nEt toi, @lea ?"));
        assertEquals(List.of("denic"), mentioned("> @denic a dit oui\n\n@denic, tu confirmes ?"));
    }

    @Test
    void factsKeepQuotedNamesApartSoTheyLinkButTellNobody() {
        MarkdownFacts facts = MarkdownFacts.of(markdown.parse("> @denic et @lea\n\n@lea, vu."));
        assertEquals(Set.of("lea"), facts.mentionKeys());
        assertEquals(Set.of("denic"), facts.quotedMentionKeys());
        assertEquals(List.of("lea", "denic"), List.copyOf(facts.shownMentionKeys()));
    }

    @Test
    void codeSpansAndCodeBlocksMentionNobody() {
        assertEquals(List.of(), mentioned("Tape `@denic` dans la recherche"));
        assertEquals(List.of(), mentioned("```\n@denic\n```"));
        assertEquals(List.of(), mentioned("    @denic indented code"));
    }

    @Test
    void linkTextAndUrlsMentionNobody() {
        assertEquals(List.of(), mentioned("[@denic](https://example.org)"));
        assertEquals(List.of(), mentioned("https://example.org/@denic"));
        assertEquals(List.of(), mentioned("<https://example.org/@denic>"));
        assertEquals(List.of(), mentioned("écrire à denic@example.org"));
        assertEquals(List.of(), mentioned("![photo de @denic](https://example.org/a.png)"));
    }

    @Test
    void emphasisAroundTheWholeMentionStillMentions() {
        assertEquals(List.of("denic"), mentioned("**@denic** et _@denic_"));
    }

    @Test
    void markupInsideTheNameEndsIt() {
        // "@**denic**" is an @ followed by bold text: no name follows the @ in the same text.
        assertEquals(List.of(), mentioned("@**denic**"));
        assertEquals(List.of("den"), mentioned("@den*ic*"));
    }

    @Test
    void bidiAndInvisibleCharactersAreNotPartOfAName() {
        assertEquals(List.of("denic"), mentioned("@denic\u202Eevil"));
        assertEquals(List.of(), mentioned("@\u202Edenic"));
    }

    @Test
    void namesOutsideUsernameBoundsAreNotMentions() {
        assertEquals(List.of(), mentioned("@ab"));
        assertEquals(List.of(), mentioned("@" + "a".repeat(21)));
        assertEquals(List.of("a".repeat(20)), mentioned("@" + "a".repeat(20)));
    }

    @Test
    void anAtInsideAWordOrDoubledIsNotAMention() {
        assertEquals(List.of(), mentioned("ana@denic"));
        assertEquals(List.of(), mentioned("@@denic"));
    }

    @Test
    void aThousandAtSignsAreQuickAndMentionNobody() {
        assertTimeoutPreemptively(Duration.ofSeconds(2), () -> {
            assertEquals(List.of(), mentioned("@".repeat(1000)));
            assertEquals(1000, Set.copyOf(mentioned(manyNames())).size());
        });
    }

    private static String manyNames() {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < 1000; i++) {
            text.append("@member").append(i).append(' ');
        }
        return text.toString();
    }

    @Test
    void positionsCoverTheAtAndTheName() {
        List<MentionExtractor.Mention> mentions = MentionExtractor.in("ok @denic.");
        assertEquals(List.of(new MentionExtractor.Mention(3, 9, "denic")), mentions);
    }
}
