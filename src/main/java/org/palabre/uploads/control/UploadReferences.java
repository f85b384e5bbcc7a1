package org.palabre.uploads.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.palabre.posts.entity.Post;
import org.palabre.posts.entity.PostEdited;
import org.palabre.posts.entity.PostPublished;
import org.palabre.uploads.entity.Upload;

/**
 * Which posts show which uploads, read from the post's markdown each time it is published or edited (in the same
 * transaction), so that serving and the sweep ask the database rather than every post.
 */
@ApplicationScoped
public class UploadReferences {

    private static final Pattern ADDRESS =
            Pattern.compile("/uploads/([0-9a-f]{" + Upload.PREFIX_LENGTH + "})/([A-Za-z0-9_.-]{1,120})");

    @PersistenceContext
    EntityManager entityManager;

    void published(@Observes PostPublished event) {
        refresh(event.postId());
    }

    void edited(@Observes PostEdited event) {
        refresh(event.postId());
    }

    /** The prefixes of the uploads a post's markdown points at. */
    public static Set<String> prefixesIn(String raw) {
        Set<String> prefixes = new LinkedHashSet<>();
        Matcher matcher = ADDRESS.matcher(raw == null ? "" : raw);
        while (matcher.find()) {
            prefixes.add(matcher.group(1));
        }
        return prefixes;
    }

    void refresh(long postId) {
        Post post = entityManager.find(Post.class, postId);
        if (post == null) {
            return;
        }
        entityManager.flush();
        entityManager
                .createNativeQuery("DELETE FROM upload_references WHERE post_id = :post")
                .setParameter("post", postId)
                .executeUpdate();
        for (String prefix : prefixesIn(post.raw())) {
            List<?> shas = entityManager
                    .createNativeQuery("SELECT DISTINCT sha256 FROM uploads WHERE sha256 LIKE :prefix")
                    .setParameter("prefix", prefix + "%")
                    .getResultList();
            for (Object sha : shas) {
                entityManager
                        .createNativeQuery("INSERT INTO upload_references (post_id, sha256) VALUES (:post, :sha)")
                        .setParameter("post", postId)
                        .setParameter("sha", sha)
                        .executeUpdate();
            }
        }
    }

    /** The posts whose markdown shows this content. */
    public List<Long> postsShowing(String sha256) {
        return entityManager
                .createNativeQuery(
                        "SELECT post_id FROM upload_references WHERE sha256 = :sha ORDER BY post_id", Long.class)
                .setParameter("sha", sha256)
                .getResultList();
    }
}
