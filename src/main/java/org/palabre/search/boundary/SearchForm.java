package org.palabre.search.boundary;

import jakarta.ws.rs.core.MultivaluedMap;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.palabre.search.control.SearchRequest;

/**
 * The search form's fields (q, category, author, from, to, topic, titles, sort, page) as the page and the API
 * receive them. A field that does not parse (a date, a topic number) is ignored rather than refused: a search is
 * never an error.
 */
final class SearchForm {

    private SearchForm() {}

    /**
     * The request the query string asks for. Read from the URI rather than bound to a bean parameter: Jersey
     * builds a bean parameter anew for each request, looking up a converter for each field by reflection, which
     * made an eighth of what a search allocated.
     */
    static SearchRequest request(MultivaluedMap<String, String> query) {
        String q = query.getFirst("q");
        String titles = query.getFirst("titles");
        String page = query.getFirst("page");
        return new SearchRequest(
                q == null ? "" : q,
                blankToNull(query.getFirst("category")),
                blankToNull(query.getFirst("author")),
                date(query.getFirst("from")),
                date(query.getFirst("to")),
                number(query.getFirst("topic")),
                titles != null && !titles.isBlank(),
                "date".equals(query.getFirst("sort")),
                page == null ? 1 : (int) Math.min(500, Math.max(1, orZero(number(page)))));
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static LocalDate date(String value) {
        try {
            return value == null || value.isBlank() ? null : LocalDate.parse(value.strip());
        } catch (DateTimeParseException notADate) {
            return null;
        }
    }

    private static Long number(String value) {
        try {
            return value == null || value.isBlank() ? null : Long.valueOf(value.strip());
        } catch (NumberFormatException notANumber) {
            return null;
        }
    }

    private static long orZero(Long value) {
        return value == null ? 0 : value;
    }
}
