package org.palabre.search.control;

import org.hibernate.search.backend.elasticsearch.analysis.ElasticsearchAnalysisConfigurationContext;
import org.hibernate.search.backend.elasticsearch.analysis.ElasticsearchAnalysisConfigurer;

/**
 * The analysis of {@link LuceneLanguages}, for an Elasticsearch or OpenSearch server: its multiplexer gives each
 * word its term from each language's steps at the word's position, and keeps one of two identical terms.
 */
public class ElasticsearchLanguages implements ElasticsearchAnalysisConfigurer {

    @Override
    public void configure(ElasticsearchAnalysisConfigurationContext context) {
        context.analyzer(PostFields.WORDS).custom().tokenizer("standard").tokenFilters("each_language");
        context.tokenFilter("each_language")
                .type("multiplexer")
                .param("preserve_original", false)
                .param(
                        "filters",
                        "french_elision, lowercase, asciifolding, french_light_stem",
                        "english_possessive, lowercase, asciifolding, english_stem");
        context.tokenFilter("french_elision")
                .type("elision")
                .param("articles_case", true)
                .param("articles", "l", "m", "t", "qu", "n", "s", "j", "d", "c", "jusqu", "quoiqu", "lorsqu", "puisqu");
        context.tokenFilter("french_light_stem").type("stemmer").param("language", "light_french");
        context.tokenFilter("english_possessive").type("stemmer").param("language", "possessive_english");
        context.tokenFilter("english_stem").type("stemmer").param("language", "english");
    }
}
