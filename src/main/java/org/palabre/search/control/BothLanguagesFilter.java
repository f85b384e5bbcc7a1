package org.palabre.search.control;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.function.UnaryOperator;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;

/**
 * Gives each word its term in two analyses, the second at the same position as the first where it differs, so
 * that one pass over a text finds the words of a search in either language. Each analysis runs on the word alone,
 * so it must turn one word into at most one term (elision, possessives, case, accents and stemming do).
 */
final class BothLanguagesFilter extends TokenFilter {

    /**
     * Words seen lately and their terms. A forum's words repeat, and looking one up costs a fraction of analysing
     * it twice. One memory for every thread (Lucene keeps a stream per thread, and the server may run many), so its
     * size is bounded whatever their number: about a megabyte when full, when it starts again.
     */
    private static final RecentValues<String, String[]> KNOWN = new RecentValues<>(4096, (word, terms) -> 1);

    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final PositionIncrementAttribute position = addAttribute(PositionIncrementAttribute.class);
    private final OneWord firstWord = new OneWord();
    private final OneWord secondWord = new OneWord();
    private final TokenStream first;
    private final TokenStream second;
    private String pending;
    private State pendingState;

    BothLanguagesFilter(TokenStream words, UnaryOperator<TokenStream> first, UnaryOperator<TokenStream> second) {
        super(words);
        this.first = first.apply(firstWord);
        this.second = second.apply(secondWord);
    }

    @Override
    public boolean incrementToken() throws IOException {
        if (pendingState != null) {
            restoreState(pendingState);
            pendingState = null;
            term.setEmpty().append(pending);
            position.setPositionIncrement(0);
            return true;
        }
        int dropped = 0;
        while (input.incrementToken()) {
            String[] terms = terms();
            if (terms.length == 0) {
                dropped += position.getPositionIncrement();
                continue;
            }
            position.setPositionIncrement(position.getPositionIncrement() + dropped);
            term.setEmpty().append(terms[0]);
            if (terms.length == 2) {
                pending = terms[1];
                pendingState = captureState();
            }
            return true;
        }
        return false;
    }

    /** The word's terms: none, one, or the first analysis's and then the second's. */
    private String[] terms() {
        return KNOWN.get(term.toString(), this::analysed);
    }

    private String[] analysed(String key) {
        char[] word = key.toCharArray();
        String inFirst = analyse(firstWord, first, word);
        String inSecond = analyse(secondWord, second, word);
        if (inFirst == null) {
            return inSecond == null ? new String[0] : new String[] {inSecond};
        }
        return inSecond == null || inSecond.equals(inFirst) ? new String[] {inFirst} : new String[] {inFirst, inSecond};
    }

    private static String analyse(OneWord start, TokenStream analysis, char[] word) {
        start.word = word;
        try {
            analysis.reset();
            return analysis.incrementToken()
                    ? analysis.getAttribute(CharTermAttribute.class).toString()
                    : null;
        } catch (IOException cannotHappenOnOneWordInMemory) {
            throw new UncheckedIOException(cannotHappenOnOneWordInMemory);
        }
    }

    @Override
    public void reset() throws IOException {
        super.reset();
        pendingState = null;
    }

    /** A stream of one word, the start of each analysis. */
    private static final class OneWord extends TokenStream {

        private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
        private char[] word;
        private boolean given;

        @Override
        public boolean incrementToken() {
            if (given) {
                return false;
            }
            clearAttributes();
            term.copyBuffer(word, 0, word.length);
            given = true;
            return true;
        }

        @Override
        public void reset() {
            given = false;
        }
    }
}
