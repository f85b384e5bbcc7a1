package org.palabre.search.control;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a reader typed, split into words for the index ({@code "quoted phrases"} and {@code -excluded} words kept
 * as the simple query syntax reads them), {@code @member} names and {@code #category} addresses. Anything may be
 * typed: the words go to a lenient parser that never fails, and overly long input is cut.
 */
public record SearchTerms(String words, List<String> authors, List<String> categories) {

    public static final int MAX_LENGTH = 500;

    private static final Pattern TOKEN = Pattern.compile("\"[^\"]*\"?|[@#][\\p{L}\\p{N}_.-]+|\\S+");

    public static SearchTerms parse(String typed) {
        if (typed == null) {
            return new SearchTerms("", List.of(), List.of());
        }
        String text = typed.length() > MAX_LENGTH ? typed.substring(0, MAX_LENGTH) : typed;
        List<String> words = new ArrayList<>();
        List<String> authors = new ArrayList<>();
        List<String> categories = new ArrayList<>();
        Matcher token = TOKEN.matcher(text);
        while (token.find()) {
            String found = token.group();
            if (found.startsWith("@") && found.length() > 1) {
                authors.add(found.substring(1));
            } else if (found.startsWith("#") && found.length() > 1) {
                categories.add(found.substring(1));
            } else if (found.startsWith("\"") && (found.length() == 1 || !found.endsWith("\""))) {
                words.add(found + "\""); // an unclosed phrase runs to the end of what was typed
            } else {
                words.add(found);
            }
        }
        return new SearchTerms(String.join(" ", words).strip(), List.copyOf(authors), List.copyOf(categories));
    }

    public boolean isEmpty() {
        return words.isBlank() && authors.isEmpty() && categories.isEmpty();
    }
}
