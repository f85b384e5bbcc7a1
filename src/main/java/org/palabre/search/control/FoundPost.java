package org.palabre.search.control;

import java.util.List;
import org.palabre.posts.entity.Post;

/** Turns one hit (the post and its highlighted fields) into what pages show. */
final class FoundPost {

    private static final int EXCERPT = 240;

    private FoundPost() {}

    @SuppressWarnings("unchecked")
    static SearchResults.Hit hit(List<?> projected) {
        Post post = (Post) projected.get(0);
        if (post == null) {
            return null; // removed from the database behind the index's back; a reindex forgets it
        }
        Excerpt text = best((List<String>) projected.get(1), (List<String>) projected.get(2));
        Excerpt title = best((List<String>) projected.get(3), (List<String>) projected.get(4));
        return new SearchResults.Hit(
                post.id(),
                post.number(),
                post.topic().id(),
                post.topic().title(),
                title != null ? title : Excerpt.plain(post.topic().title(), 300),
                post.path(),
                post.author().shownName(),
                post.createdAt(),
                text != null ? text : Excerpt.plain(PlainText.of(post.raw()), EXCERPT));
    }

    /** The analysis that matched more of the text: French and English stems find different words. */
    private static Excerpt best(List<String> french, List<String> english) {
        List<String> chosen = marks(english) > marks(french) ? english : french;
        if (chosen == null || chosen.isEmpty()) {
            return null;
        }
        return Excerpt.of(String.join(" … ", chosen));
    }

    private static long marks(List<String> fragments) {
        return fragments == null
                ? 0
                : fragments.stream()
                        .mapToLong(f -> f.chars()
                                .filter(c -> c == Excerpt.OPEN.charAt(0))
                                .count())
                        .sum();
    }
}
