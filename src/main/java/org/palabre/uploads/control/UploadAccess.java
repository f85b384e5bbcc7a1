package org.palabre.uploads.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Objects;
import org.palabre.accounts.entity.Account;
import org.palabre.posts.control.PostPermissions;
import org.palabre.posts.entity.Post;
import org.palabre.uploads.entity.Upload;

/**
 * Who may fetch a stored file: whoever may read what one of the posts showing it says (the posts' own rule, so a
 * file in a group-only category goes only to that group and the category's moderators), and its uploader, who
 * also sees the files they sent and have not posted yet.
 */
@ApplicationScoped
public class UploadAccess {

    /** Whether the reader may have it, and whether everyone may (which lets shared caches keep it). */
    public record Verdict(boolean allowed, boolean everyone) {}

    @PersistenceContext
    EntityManager entityManager;

    @Inject
    UploadReferences references;

    @Inject
    PostPermissions permissions;

    @Transactional
    public Verdict of(Account reader, List<Upload> candidates) {
        if (candidates.isEmpty()) {
            return new Verdict(false, false);
        }
        List<Post> posts = references.postsShowing(candidates.get(0).sha256()).stream()
                .map(id -> entityManager.find(Post.class, id))
                .filter(Objects::nonNull)
                .toList();
        boolean everyone = !posts.isEmpty() && posts.stream().allMatch(post -> reads(null, post));
        boolean allowed = everyone
                || (reader != null
                        && candidates.stream().anyMatch(u -> reader.id().equals(u.ownerId())))
                || posts.stream().anyMatch(post -> reads(reader, post));
        return new Verdict(allowed, everyone && allowed);
    }

    /**
     * May read the topic and the post in it, and what the post says. canSeeContent alone answers only for the
     * post's own state (withdrawn, deleted, held) and leaves the category to its caller.
     */
    private boolean reads(Account reader, Post post) {
        return permissions.canSee(reader, post) && permissions.canSeeContent(reader, post);
    }
}
