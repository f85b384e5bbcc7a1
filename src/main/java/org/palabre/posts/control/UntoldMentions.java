package org.palabre.posts.control;

import org.palabre.posts.entity.Post;

/**
 * Whether a new post mentions someone who was not told (who cannot read it, beyond the per-post limit, a group
 * too large), so that the composer shows its author who. Notifications, above posts, answer.
 */
public interface UntoldMentions {

    boolean anyIn(Post post);
}
