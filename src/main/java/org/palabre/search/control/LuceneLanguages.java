package org.palabre.search.control;

import org.apache.lucene.analysis.core.LowerCaseFilterFactory;
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
 * Porter's stemmer.
 */
public class LuceneLanguages implements LuceneAnalysisConfigurer {

    @Override
    public void configure(LuceneAnalysisConfigurationContext context) {
        context.analyzer(PostFields.FRENCH)
                .custom()
                .tokenizer(StandardTokenizerFactory.class)
                // The factory's default articles are French's (l', d', qu', j' ...), either apostrophe.
                .tokenFilter(ElisionFilterFactory.class)
                .param("ignoreCase", "true")
                .tokenFilter(LowerCaseFilterFactory.class)
                .tokenFilter(ASCIIFoldingFilterFactory.class)
                .tokenFilter(FrenchLightStemFilterFactory.class);
        context.analyzer(PostFields.ENGLISH)
                .custom()
                .tokenizer(StandardTokenizerFactory.class)
                .tokenFilter(EnglishPossessiveFilterFactory.class)
                .tokenFilter(LowerCaseFilterFactory.class)
                .tokenFilter(ASCIIFoldingFilterFactory.class)
                .tokenFilter(PorterStemFilterFactory.class);
    }
}
