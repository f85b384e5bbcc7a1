package org.palabre.posts.control;

import org.palabre.markdown.control.MarkdownFacts;
import org.palabre.posts.entity.Post;

/**
 * Whether a new post mentions someone who was not told (who cannot read it, beyond the per-post limit, a group
 * too large), so that the composer shows its author who. Notifications, above posts, answer.
 */
public interface UntoldMentions {

    /** {@code facts} as the post was cooked, so its markdown is not parsed again. */
    boolean anyIn(Post post, MarkdownFacts facts);
}
