package org.palabre.search.control;

import org.hibernate.search.backend.elasticsearch.analysis.ElasticsearchAnalysisConfigurationContext;
import org.hibernate.search.backend.elasticsearch.analysis.ElasticsearchAnalysisConfigurer;

/** The analyses of {@link LuceneLanguages}, for an Elasticsearch or OpenSearch server. */
public class ElasticsearchLanguages implements ElasticsearchAnalysisConfigurer {

    @Override
    public void configure(ElasticsearchAnalysisConfigurationContext context) {
        context.analyzer(PostFields.FRENCH)
                .custom()
                .tokenizer("standard")
                .tokenFilters("french_elision", "lowercase", "asciifolding", "french_light_stem");
        context.tokenFilter("french_elision")
                .type("elision")
                .param("articles_case", true)
                .param("articles", "l", "m", "t", "qu", "n", "s", "j", "d", "c", "jusqu", "quoiqu", "lorsqu", "puisqu");
        context.tokenFilter("french_light_stem").type("stemmer").param("language", "light_french");
        context.analyzer(PostFields.ENGLISH)
                .custom()
                .tokenizer("standard")
                .tokenFilters("english_possessive", "lowercase", "asciifolding", "english_stem");
        context.tokenFilter("english_possessive").type("stemmer").param("language", "possessive_english");
        context.tokenFilter("english_stem").type("stemmer").param("language", "english");
    }
}
