/**
 * Search: finds posts by their words, in French and English, among those the reader may read. The index (Lucene
 * in the data folder, or an Elasticsearch/OpenSearch server) is kept current by Hibernate Search as posts change;
 * who may read what is part of every query, through the categories' and posts' own rules.
 */
package org.palabre.search;
