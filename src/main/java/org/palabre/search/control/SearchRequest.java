package org.palabre.search.control;

import java.time.LocalDate;

/**
 * One search: the typed query, and the filters of the search form (each null when unused). {@code page} counts
 * from 1.
 */
public record SearchRequest(
        String query,
        String category,
        String author,
        LocalDate from,
        LocalDate to,
        Long topic,
        boolean titlesOnly,
        boolean byDate,
        int page) {

    public static final int PAGE_SIZE = 20;

    public SearchTerms terms() {
        return SearchTerms.parse(query);
    }

    public int offset() {
        return (Math.max(page, 1) - 1) * PAGE_SIZE;
    }
}
