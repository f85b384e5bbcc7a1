package org.palabre.posts.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import org.palabre.accounts.entity.Account;
import org.palabre.accounts.entity.AccountDeleted;
import org.palabre.accounts.entity.PostsChoice;
import org.palabre.categories.control.CategoryPermissions;
import org.palabre.posts.entity.Post;

/** A member's posts as a whole: their profile's recent activity, their data export, and their account's deletion. */
@ApplicationScoped
public class AuthoredPosts {

    /** A post in a member's own data export. */
    public record Exported(
            String topic,
            String path,
            int number,
            Instant createdAt,
            Instant editedAt,
            boolean withdrawn,
            String raw) {}

    /** A post in a profile's recent activity. */
    public record Recent(String topicTitle, String path, Instant createdAt, String cooked) {}

    @PersistenceContext
    EntityManager entityManager;

    @Inject
    CategoryPermissions categories;

    /** The author's latest posts that this reader may read, never one from a category hidden from them. */
    @Transactional
    public List<Recent> recent(Account author, Account reader, int limit) {
        var readable = categories.readableIds(reader);
        if (readable.isEmpty()) {
            return List.of();
        }
        return entityManager
                .createQuery(
                        "SELECT p FROM Post p JOIN FETCH p.topic t WHERE p.author.id = :author " + "AND "
                                + PostVisibility.shownToMembersJpql("p")
                                + " AND " + org.palabre.posts.control.TopicListings.LISTED
                                + " AND t.categoryId IN :readable ORDER BY p.createdAt DESC",
                        Post.class)
                .setParameter("author", author.id())
                .setParameter("readable", readable)
                .setMaxResults(limit)
                .getResultStream()
                .map(p -> new Recent(p.topic().title(), p.path(), p.createdAt(), p.cooked()))
                .toList();
    }

    /** Everything the member wrote, withdrawn posts included: it is their data. */
    @Transactional
    public List<Exported> export(Account author) {
        return entityManager
                .createQuery(
                        "SELECT p FROM Post p JOIN FETCH p.topic WHERE p.author.id = :author ORDER BY p.createdAt",
                        Post.class)
                .setParameter("author", author.id())
                .getResultStream()
                .map(p -> new Exported(
                        p.topic().title(), p.path(), p.number(), p.createdAt(), p.editedAt(), p.isWithdrawn(), p.raw()))
                .toList();
    }

    /**
     * Posts of a deleted account that its member chose to remove lose their content and revisions; they
     * keep their place, marked withdrawn, so the numbering and the replies to them still make sense.
     */
    void accountDeleted(@Observes AccountDeleted deleted) {
        if (deleted.postsChoice() != PostsChoice.REMOVE) {
            return;
        }
        entityManager
                .createQuery(
                        "DELETE FROM PostRevision r WHERE r.post.id IN (SELECT p.id FROM Post p WHERE p.author.id = :author)")
                .setParameter("author", deleted.accountId())
                .executeUpdate();
        entityManager
                .createQuery("SELECT p FROM Post p JOIN FETCH p.topic WHERE p.author.id = :author", Post.class)
                .setParameter("author", deleted.accountId())
                .getResultStream()
                .forEach(Post::erase);
    }
}
