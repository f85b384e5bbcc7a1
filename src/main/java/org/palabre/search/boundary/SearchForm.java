package org.palabre.search.boundary;

import jakarta.ws.rs.QueryParam;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.palabre.search.control.SearchRequest;

/**
 * The search form's fields as the page and the API receive them. A field that does not parse (a date, a topic
 * number) is ignored rather than refused: a search is never an error.
 */
public class SearchForm {

    @QueryParam("q")
    String q;

    @QueryParam("category")
    String category;

    @QueryParam("author")
    String author;

    @QueryParam("from")
    String from;

    @QueryParam("to")
    String to;

    @QueryParam("topic")
    String topic;

    @QueryParam("titles")
    String titles;

    @QueryParam("sort")
    String sort;

    @QueryParam("page")
    String page;

    public SearchRequest request() {
        return new SearchRequest(
                q == null ? "" : q,
                blankToNull(category),
                blankToNull(author),
                date(from),
                date(to),
                number(topic),
                titles != null && !titles.isBlank(),
                "date".equals(sort),
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
