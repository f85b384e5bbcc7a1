package org.palabre.search.control;

import java.util.function.UnaryOperator;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.fr.FrenchAnalyzer;
import org.apache.lucene.analysis.fr.FrenchLightStemFilter;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.util.ElisionFilter;
import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurationContext;
import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurer;

/**
 * The analysis of the embedded index, the same as {@link ElasticsearchLanguages}: each word in French, without its
 * elided article ("l'école"), accents folded ("vidéo" = "video"), plurals and feminines lightly stemmed, and in
 * English with Porter's stemmer, both terms at the word's position. {@link WordMarks} analyses the posts it shows
 * with the same steps, whichever index found them.
 */
public class LuceneLanguages implements LuceneAnalysisConfigurer {

    @Override
    public void configure(LuceneAnalysisConfigurationContext context) {
        // An instance of its own: Hibernate Search closes its analyzers when it stops.
        context.analyzer(PostFields.WORDS).instance(bothLanguages());
    }

    /**
     * Each word's French term and, at the same position, its English one where it differs, from one cut into
     * words: the index's analysis of posts and searches, and WordMarks' of the posts and words it marks.
     */
    static Analyzer bothLanguages() {
        return afterWords(
                words -> new BothLanguagesFilter(words, LuceneLanguages::frenchTerms, LuceneLanguages::englishTerms),
                LuceneLanguages::folded);
    }

    /** The articles of French's default (l', d', qu', j' ...), either apostrophe, in any case. */
    private static TokenStream frenchTerms(TokenStream words) {
        return new FrenchLightStemFilter(frenchNormalized(words));
    }

    private static TokenStream frenchNormalized(TokenStream words) {
        return folded(new ElisionFilter(words, FrenchAnalyzer.DEFAULT_ARTICLES));
    }

    private static TokenStream englishTerms(TokenStream words) {
        return new PorterStemFilter(folded(new EnglishPossessiveFilter(words)));
    }

    private static TokenStream folded(TokenStream words) {
        return new ASCIIFoldingFilter(new LowerCaseFilter(words));
    }

    /** Cut into words by Unicode's rules, then the language's steps; normalization is for single terms. */
    private static Analyzer afterWords(UnaryOperator<TokenStream> terms, UnaryOperator<TokenStream> normalized) {
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                Tokenizer words = new StandardTokenizer();
                return new TokenStreamComponents(words, terms.apply(words));
            }

            @Override
            protected TokenStream normalize(String fieldName, TokenStream in) {
                return normalized.apply(in);
            }
        };
    }
}
