package org.palabre.posts.entity;

import org.palabre.markdown.control.MarkdownFacts;

/**
 * A post was published (CDI event, fired inside the publishing transaction): features that react to new posts,
 * such as mentions and notifications, observe it, with {@code during = AFTER_SUCCESS} when they must only see what
 * was committed. {@code facts} is what the post's markdown held when it was cooked in this transaction; null when
 * the post was cooked earlier (a held post approved later), and observers then read it from the post.
 */
public record PostPublished(long postId, long topicId, long authorId, boolean startsTopic, MarkdownFacts facts) {

    public PostPublished(long postId, long topicId, long authorId, boolean startsTopic) {
        this(postId, topicId, authorId, startsTopic, null);
    }
}
