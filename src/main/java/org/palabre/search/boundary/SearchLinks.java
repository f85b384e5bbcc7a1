package org.palabre.search.boundary;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.palabre.search.control.SearchRequest;

/** Addresses of other pages of the same search, for the page's plain links. */
public final class SearchLinks {

    private SearchLinks() {}

    public static String page(SearchRequest request, int page) {
        StringBuilder link = new StringBuilder("/search?q=").append(encode(request.query()));
        append(link, "category", request.category());
        append(link, "author", request.author());
        append(link, "from", request.from() == null ? null : request.from().toString());
        append(link, "to", request.to() == null ? null : request.to().toString());
        append(link, "topic", request.topic() == null ? null : request.topic().toString());
        append(link, "titles", request.titlesOnly() ? "1" : null);
        append(link, "sort", request.byDate() ? "date" : null);
        return link.append("&page=").append(page).toString();
    }

    private static void append(StringBuilder link, String name, String value) {
        if (value != null) {
            link.append('&').append(name).append('=').append(encode(value));
        }
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
