package org.palabre.search.control;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.core.LowerCaseFilterFactory;
import org.apache.lucene.analysis.custom.CustomAnalyzer;
import org.apache.lucene.analysis.en.EnglishPossessiveFilterFactory;
import org.apache.lucene.analysis.en.PorterStemFilterFactory;
import org.apache.lucene.analysis.fr.FrenchLightStemFilterFactory;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilterFactory;
import org.apache.lucene.analysis.standard.StandardTokenizerFactory;
import org.apache.lucene.analysis.util.ElisionFilterFactory;
import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurationContext;
import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurer;

/**
 * The two analyses of the embedded index, the same as {@link ElasticsearchLanguages}: French without its elided
 * articles ("l'école"), accents folded ("vidéo" = "video"), plurals and feminines lightly stemmed; English with
 * Porter's stemmer. {@link WordMarks} analyses the posts it shows with them too, whichever index found them.
 */
public class LuceneLanguages implements LuceneAnalysisConfigurer {

    @Override
    public void configure(LuceneAnalysisConfigurationContext context) {
        // Instances of their own: Hibernate Search closes its analyzers when it stops.
        context.analyzer(PostFields.FRENCH).instance(french());
        context.analyzer(PostFields.ENGLISH).instance(english());
    }

    static Analyzer french() {
        try {
            return CustomAnalyzer.builder()
                    .withTokenizer(StandardTokenizerFactory.class)
                    // The factory's default articles are French's (l', d', qu', j' ...), either apostrophe.
                    .addTokenFilter(ElisionFilterFactory.class, "ignoreCase", "true")
                    .addTokenFilter(LowerCaseFilterFactory.class)
                    .addTokenFilter(ASCIIFoldingFilterFactory.class)
                    .addTokenFilter(FrenchLightStemFilterFactory.class)
                    .build();
        } catch (IOException impossible) {
            throw new UncheckedIOException(impossible); // only a resource file could fail to load; these use none
        }
    }

    static Analyzer english() {
        try {
            return CustomAnalyzer.builder()
                    .withTokenizer(StandardTokenizerFactory.class)
                    .addTokenFilter(EnglishPossessiveFilterFactory.class)
                    .addTokenFilter(LowerCaseFilterFactory.class)
                    .addTokenFilter(ASCIIFoldingFilterFactory.class)
                    .addTokenFilter(PorterStemFilterFactory.class)
                    .build();
        } catch (IOException impossible) {
            throw new UncheckedIOException(impossible);
        }
    }
}
