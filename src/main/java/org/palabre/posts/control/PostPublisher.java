package org.palabre.posts.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.ForbiddenException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.palabre.accounts.control.WritingRights;
import org.palabre.accounts.entity.Account;
import org.palabre.categories.control.CategoryPermissions;
import org.palabre.categories.entity.Category;
import org.palabre.posts.entity.Post;
import org.palabre.posts.entity.PostPublished;
import org.palabre.topics.entity.Topic;
import org.palabre.topics.entity.TopicTitle;

/** Starting topics and replying: checks, numbering, the first revision, and the PostPublished event. */
@ApplicationScoped
public class PostPublisher {

    /** The post made, or per field what is wrong (message keys, with the length limit as argument). */
    public record Published(Post post, Map<String, String> problems, Object argument) {
        public boolean refused() {
            return post == null;
        }
    }

    @PersistenceContext
    EntityManager entityManager;

    @Inject
    CategoryPermissions categoryPermissions;

    @Inject
    PostPermissions permissions;

    @Inject
    PostContent content;

    @Inject
    PostingLimits limits;

    @Inject
    Event<PostPublished> published;

    @Transactional
    public Published startTopic(Account author, Category category, String title, String raw) {
        if (!categoryPermissions.canWrite(author, category)) {
            throw new ForbiddenException("topics.forbidden");
        }
        WritingRights.requireNotSilenced(author);
        Map<String, String> problems = new LinkedHashMap<>();
        TopicTitle.problem(title).ifPresent(p -> problems.put("title", p));
        PostContent.Outcome cooked = content.cook(raw, author);
        if (cooked.refused()) {
            problems.put("raw", cooked.problem());
        }
        if (!problems.isEmpty()) {
            return new Published(null, problems, cooked.argument());
        }
        limits.takeTopic(author);
        Topic topic = new Topic(entityManager.getReference(Category.class, category.id()), TopicTitle.of(title), author);
        entityManager.persist(topic);
        return new Published(save(new Post(topic, author, null, cooked.cooked()), true), Map.of(), null);
    }

    /** A reply to the topic, or to one of its posts (by number) that is still there. */
    @Transactional
    public Published reply(Account author, long topicId, Integer replyToNumber, String raw) {
        // The row lock makes concurrent replies take numbers one after the other.
        Topic topic = entityManager.find(Topic.class, topicId, LockModeType.PESSIMISTIC_WRITE);
        if (topic == null || !permissions.canRead(author, topic)) {
            throw new jakarta.ws.rs.NotFoundException();
        }
        if (!permissions.canReply(author, topic)) {
            throw new ForbiddenException("topics.forbidden");
        }
        WritingRights.requireNotSilenced(author);
        PostContent.Outcome cooked = content.cook(raw, author);
        if (cooked.refused()) {
            return new Published(null, Map.of("raw", cooked.problem()), cooked.argument());
        }
        Post parent = replyToNumber == null ? null : numbered(topic, replyToNumber);
        if (replyToNumber != null && parent == null) {
            return new Published(null, Map.of("replyTo", "posts.replyTo.unknown"), null);
        }
        limits.takePost(author);
        return new Published(save(new Post(topic, author, parent, cooked.cooked()), false), Map.of(), null);
    }

    private Post numbered(Topic topic, int number) {
        return entityManager.createQuery("SELECT p FROM Post p WHERE p.topic = :topic AND p.number = :number", Post.class)
                .setParameter("topic", topic).setParameter("number", number).getResultStream()
                .filter(Post::isShownToMembers).findFirst().orElse(null);
    }

    private Post save(Post post, boolean startsTopic) {
        entityManager.persist(post);
        entityManager.persist(post.firstRevision());
        entityManager.flush();
        published.fire(new PostPublished(post.id(), post.topic().id(), post.author().id(), startsTopic));
        return post;
    }
}
