package org.palabre.posts.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class QuotesTest {

    @Test
    void aQuoteIsABlockquoteOpenedByALinkedAttributionAndKeepsNestedQuotes() {
        assertEquals(
                "> [@noemie a écrit](/t/lancement/1/3) :\n>\n> Bonjour\n>\n> > déjà cité\n\n",
                Quotes.of("Bonjour\n\n> déjà cité", "@noemie a écrit", "/t/lancement/1/3"));
    }

    @Test
    void bracketsInTheAttributionCannotCloseTheLinkEarly() {
        assertEquals(
                "> [x\\](javascript:alert(1)) a écrit](/t/a/1/1) :\n>\n> a\n\n",
                Quotes.of("a", "x](javascript:alert(1)) a écrit", "/t/a/1/1"));
    }
}
