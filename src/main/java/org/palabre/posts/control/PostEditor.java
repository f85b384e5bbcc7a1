package org.palabre.posts.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.palabre.accounts.control.WritingRights;
import org.palabre.accounts.entity.Account;
import org.palabre.posts.entity.Post;
import org.palabre.posts.entity.PostEdited;
import org.palabre.posts.entity.PostRevision;
import org.palabre.web.control.InvalidInput;
import org.palabre.web.control.Refusal;

/** Finding a post someone may see, editing it (each edit keeps a revision), and withdrawing it. */
@ApplicationScoped
public class PostEditor {

    public static final int REASON_MAX_LENGTH = 300;

    @PersistenceContext
    EntityManager entityManager;

    @Inject
    PostPermissions permissions;

    @Inject
    PostContent content;

    @Inject
    Event<PostEdited> edited;

    @Inject
    PostScreening screening;

    /** The post if this reader may read its topic; nothing otherwise, as if it did not exist. */
    @Transactional
    public Optional<Post> readable(Account reader, long postId) {
        return entityManager
                .createQuery(
                        "SELECT p FROM Post p JOIN FETCH p.topic t JOIN FETCH t.category JOIN FETCH p.author "
                                + "WHERE p.id = :id",
                        Post.class)
                .setParameter("id", postId)
                .getResultStream()
                .filter(post -> permissions.canSee(reader, post))
                .findFirst();
    }

    /** The post with this number in the topic, if the reader may read it and it was not withdrawn. */
    @Transactional
    public Optional<Post> numbered(Account reader, org.palabre.topics.entity.Topic topic, int number) {
        return entityManager
                .createQuery(
                        "SELECT p FROM Post p JOIN FETCH p.topic JOIN FETCH p.author "
                                + "WHERE p.topic.id = :topic AND p.number = :number",
                        Post.class)
                .setParameter("topic", topic.id())
                .setParameter("number", number)
                .getResultStream()
                .filter(post -> post.isShownToMembers() && permissions.canRead(reader, post.topic()))
                .findFirst();
    }

    /** Per field what is wrong (message keys); empty when the edit was saved. */
    @Transactional
    public Map<String, String> edit(Account editor, long postId, String raw, String reason) {
        Post post = readable(editor, postId).orElseThrow(Refusal::notFound);
        if (!permissions.canEdit(editor, post)) {
            throw Refusal.forbidden("posts.edit.forbidden");
        }
        WritingRights.requireNotSilenced(editor);
        if (reason != null
                && (reason.strip().length() > REASON_MAX_LENGTH
                        || reason.chars().anyMatch(Character::isISOControl))) {
            return Map.of("reason", "posts.reason.invalid");
        }
        PostContent.Outcome cooked = content.cook(raw, post.author());
        if (cooked.refused()) {
            return Map.of("raw", cooked.problem());
        }
        if (cooked.cooked().raw().equals(post.raw())) {
            return Map.of();
        }
        // An edit cannot take a published post back out of view: words that would hold a new post flag the edit for
        // review.
        PostScreening.Verdict verdict = screening.screenEdit(post.author(), cooked.cooked());
        if (verdict.refused()) {
            throw new InvalidInput(Map.of("raw", verdict.problem()), verdict.argument());
        }
        screening.recordFlags(post.id(), verdict);
        String previousRaw = post.raw();
        entityManager.persist(post.edit(editor, cooked.cooked(), reason));
        edited.fire(new PostEdited(
                post.id(), editor.id(), previousRaw, cooked.cooked().facts()));
        return Map.of();
    }

    @Transactional
    public Post withdraw(Account actor, long postId) {
        Post post = readable(actor, postId).orElseThrow(Refusal::notFound);
        if (!permissions.canWithdraw(actor, post)) {
            throw Refusal.forbidden("posts.withdraw.forbidden");
        }
        post.withdraw();
        return post;
    }

    @Transactional
    public List<PostRevision> revisions(Post post) {
        return entityManager
                .createNamedQuery(PostRevision.OF_POST, PostRevision.class)
                .setParameter("post", post)
                .getResultList();
    }
}
