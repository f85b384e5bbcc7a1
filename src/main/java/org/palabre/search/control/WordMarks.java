package org.palabre.search.control;

import java.io.IOException;
import java.util.Arrays;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.queryparser.simple.SimpleQueryParser;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.highlight.Highlighter;
import org.apache.lucene.search.highlight.InvalidTokenOffsetsException;
import org.apache.lucene.search.highlight.NullFragmenter;
import org.apache.lucene.search.highlight.QueryScorer;
import org.apache.lucene.search.highlight.QueryTermExtractor;
import org.apache.lucene.search.highlight.QueryTermScorer;
import org.apache.lucene.search.highlight.SimpleFragmenter;
import org.apache.lucene.search.highlight.SimpleHTMLFormatter;
import org.apache.lucene.search.highlight.SimpleSpanFragmenter;
import org.apache.lucene.search.highlight.WeightedTerm;
import org.hibernate.search.engine.search.predicate.dsl.SimpleQueryFlag;

/**
 * Marks a reader's words in the posts a search shows. The reader's words and each shown text are analysed as the
 * index analyses them, each word in French and in English at once ({@link LuceneLanguages#bothLanguages}), so a
 * word is marked where either language finds it, as the index found it: "grèves" by the French stem, "striking" by
 * the English one. Phrases are marked only where the whole phrase stands, excluded words never.
 *
 * <p>Why not the index's own highlighter: it read each hit's stored text and term vectors back from the index
 * once per field, four times a hit (text and title, two languages), a third of a search's CPU, while the page has
 * the shown posts loaded anyway. Marking here also works alike whichever index, embedded or a search server,
 * found the posts.
 *
 * <p>Words alone are found by scanning the analysed text ({@link QueryTermScorer}); only a quoted phrase needs
 * the positions of the words, which Lucene's {@link QueryScorer} gets by indexing the text in memory, at about
 * ten times the cost.
 */
final class WordMarks {

    static final int FRAGMENT = 160;
    static final int FRAGMENTS = 2;

    private static final String FIELD = "text";
    private static final Analyzer BOTH = LuceneLanguages.bothLanguages();
    /** The syntax Searcher gives the index ({@link Searcher#SYNTAX}), in the flags of Lucene's own parser. */
    private static final int SYNTAX =
            Searcher.SYNTAX.stream().mapToInt(WordMarks::parserFlag).reduce(0, (all, flag) -> all | flag);

    private static final SimpleHTMLFormatter FORMAT = new SimpleHTMLFormatter(Excerpt.OPEN, Excerpt.CLOSE);
    private static final WordMarks NONE = new WordMarks(null, false);

    /** The words, each as its French or its English term, as the index is asked for them. */
    private final Query either;

    private final boolean phrase;
    /** The words' terms, taken from the query once for every text of the page (words alone, no phrase). */
    private final WeightedTerm[] terms;

    private WordMarks(Query either, boolean phrase) {
        this.either = either;
        this.phrase = phrase;
        this.terms = either == null || phrase ? null : QueryTermExtractor.getTerms(either, false, FIELD);
    }

    /** The words as the reader typed them for the index (SearchTerms.words), parsed once for the whole page. */
    static WordMarks of(String words) {
        if (words == null || words.isBlank()) {
            return NONE;
        }
        Query either = parse(BOTH, words);
        return either == null ? NONE : new WordMarks(either, words.contains("\""));
    }

    /** Up to two passages of the text around the words, or null when none of them is in it. */
    Excerpt excerpt(String text) {
        return marked(text, FRAGMENTS);
    }

    /** The whole (short) text with the words marked, or null when none of them is in it. */
    Excerpt whole(String text) {
        return marked(text, 1);
    }

    private Excerpt marked(String text, int count) {
        if (either == null || text == null || text.isEmpty()) {
            return null;
        }
        // The marks are two private-use characters; a post carrying them itself must not forge a mark.
        String plain = text.replace(Excerpt.OPEN, "").replace(Excerpt.CLOSE, "");
        Highlighter highlighter;
        if (phrase) {
            QueryScorer scorer = new QueryScorer(either, FIELD);
            highlighter = new Highlighter(FORMAT, scorer);
            highlighter.setTextFragmenter(
                    count == 1 ? new NullFragmenter() : new SimpleSpanFragmenter(scorer, FRAGMENT));
        } else {
            highlighter = new Highlighter(FORMAT, new QueryTermScorer(terms));
            highlighter.setTextFragmenter(count == 1 ? new NullFragmenter() : new SimpleFragmenter(FRAGMENT));
        }
        try {
            String[] fragments = highlighter.getBestFragments(BOTH, FIELD, plain, count);
            return fragments.length == 0
                    ? null
                    : Excerpt.of(Arrays.stream(fragments).map(String::strip).collect(Collectors.joining(" … ")));
        } catch (IOException | InvalidTokenOffsetsException cannotHappenOnAString) {
            return null; // the text is shown unmarked rather than the page failing
        }
    }

    private static Query parse(Analyzer analyzer, String words) {
        SimpleQueryParser parser = new SimpleQueryParser(analyzer, Map.of(FIELD, 1f), SYNTAX);
        parser.setDefaultOperator(BooleanClause.Occur.MUST);
        return parser.parse(words);
    }

    private static int parserFlag(SimpleQueryFlag flag) {
        return switch (flag) {
            case AND -> SimpleQueryParser.AND_OPERATOR;
            case OR -> SimpleQueryParser.OR_OPERATOR;
            case NOT -> SimpleQueryParser.NOT_OPERATOR;
            case PHRASE -> SimpleQueryParser.PHRASE_OPERATOR;
            case WHITESPACE -> SimpleQueryParser.WHITESPACE_OPERATOR;
            case PRECEDENCE -> SimpleQueryParser.PRECEDENCE_OPERATORS;
            case ESCAPE -> SimpleQueryParser.ESCAPE_OPERATOR;
            case PREFIX -> SimpleQueryParser.PREFIX_OPERATOR;
            case FUZZY -> SimpleQueryParser.FUZZY_OPERATOR;
            case NEAR -> SimpleQueryParser.NEAR_OPERATOR;
        };
    }
}
