package org.palabre.search.control;

import org.palabre.posts.entity.Post;

/** Turns one post found into what pages show: its excerpt and its topic's title, with the reader's words marked. */
final class FoundPost {

    private static final int EXCERPT = 240;

    private FoundPost() {}

    static SearchResults.Hit hit(Post post, WordMarks marks) {
        String text = PlainText.shown(post.raw());
        Excerpt excerpt = marks.excerpt(text);
        Excerpt title = marks.whole(post.topic().title());
        return new SearchResults.Hit(
                post.id(),
                post.number(),
                post.topic().id(),
                post.topic().title(),
                title != null ? title : Excerpt.plain(post.topic().title(), 300),
                post.path(),
                post.author().shownName(),
                post.createdAt(),
                excerpt != null ? excerpt : Excerpt.plain(text, EXCERPT));
    }
}
