package org.palabre.posts.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.palabre.accounts.control.WritingRights;
import org.palabre.accounts.entity.Account;
import org.palabre.categories.control.CategoryPermissions;
import org.palabre.categories.entity.Category;
import org.palabre.markdown.control.MarkdownFacts;
import org.palabre.posts.entity.Post;
import org.palabre.posts.entity.PostPublished;
import org.palabre.security.control.TooManyRequests;
import org.palabre.topics.entity.Topic;
import org.palabre.topics.entity.TopicTitle;
import org.palabre.web.control.Refusal;

/** Starting topics and replying: checks, numbering, the first revision, and the PostPublished event. */
@ApplicationScoped
public class PostPublisher {

    /** The post made, or per field what is wrong (message keys, with the length limit as argument). */
    public record Published(Post post, Map<String, String> problems, Object argument, MarkdownFacts facts) {

        Published(Map<String, String> problems, Object argument) {
            this(null, problems, argument, null);
        }

        Published(Post post, MarkdownFacts facts) {
            this(post, Map.of(), null, facts);
        }

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

    @Inject
    PostScreening screening;

    @Transactional
    public Published startTopic(Account author, Category category, String title, String raw) {
        if (!categoryPermissions.canWrite(author, category)) {
            throw Refusal.forbidden("topics.forbidden");
        }
        WritingRights.requireNotSilenced(author);
        Map<String, String> problems = new LinkedHashMap<>();
        TopicTitle.problem(title).ifPresent(p -> problems.put("title", p));
        PostContent.Outcome cooked = content.cook(raw, author);
        if (cooked.refused()) {
            problems.put("raw", cooked.problem());
        }
        if (!problems.isEmpty()) {
            return new Published(problems, cooked.argument());
        }
        PostScreening.Verdict verdict = screening.screenNew(author, category, true, title, cooked.cooked());
        if (verdict.refused()) {
            return refusal(verdict);
        }
        limits.takeTopic(author);
        boolean held = verdict.hold();
        Topic topic =
                new Topic(entityManager.getReference(Category.class, category.id()), TopicTitle.of(title), author);
        if (held) {
            topic.hold();
        }
        entityManager.persist(topic);
        return new Published(
                save(
                        new Post(topic, author, null, cooked.cooked(), held),
                        cooked.cooked().facts(),
                        true,
                        verdict),
                cooked.cooked().facts());
    }

    private static Published refusal(PostScreening.Verdict verdict) {
        return new Published(Map.of("raw", verdict.problem()), verdict.argument());
    }

    /** A reply to the topic, or to one of its posts (by number) that is still there. */
    @Transactional
    public Published reply(Account author, long topicId, Integer replyToNumber, String raw) {
        // The row lock makes concurrent replies take numbers one after the other.
        Topic topic = entityManager.find(Topic.class, topicId, LockModeType.PESSIMISTIC_WRITE);
        if (topic == null || !permissions.canRead(author, topic)) {
            throw Refusal.notFound();
        }
        if (!permissions.canReply(author, topic)) {
            throw Refusal.forbidden(
                    topic.isArchived() ? "topics.archived" : topic.isClosed() ? "topics.closed" : "topics.forbidden");
        }
        WritingRights.requireNotSilenced(author);
        PostContent.Outcome cooked = content.cook(raw, author);
        if (cooked.refused()) {
            return new Published(Map.of("raw", cooked.problem()), cooked.argument());
        }
        Post parent = replyToNumber == null ? null : numbered(topic, replyToNumber);
        if (replyToNumber != null && parent == null) {
            return new Published(Map.of("replyTo", "posts.replyTo.unknown"), null);
        }
        PostScreening.Verdict verdict = screening.screenNew(author, topic.category(), false, null, cooked.cooked());
        if (verdict.refused()) {
            return refusal(verdict);
        }
        slowMode(author, topic);
        limits.takePost(author);
        return new Published(
                save(
                        new Post(topic, author, parent, cooked.cooked(), verdict.hold()),
                        cooked.cooked().facts(),
                        false,
                        verdict),
                cooked.cooked().facts());
    }

    /** In slow mode a member waits the topic's interval between two of their posts there; its moderators do not. */
    private void slowMode(Account author, Topic topic) {
        if (topic.slowModeSeconds() <= 0 || categoryPermissions.canModerate(author, topic.categoryId())) {
            return;
        }
        Instant last = entityManager
                .createQuery(
                        "SELECT MAX(p.createdAt) FROM Post p WHERE p.topic.id = :topic AND p.author.id = :author",
                        Instant.class)
                .setParameter("topic", topic.id())
                .setParameter("author", author.id())
                .getSingleResult();
        if (last != null) {
            long wait = topic.slowModeSeconds()
                    - Duration.between(last, Instant.now()).toSeconds();
            if (wait > 0) {
                throw new TooManyRequests(wait);
            }
        }
    }

    private Post numbered(Topic topic, int number) {
        return entityManager
                .createQuery("SELECT p FROM Post p WHERE p.topic = :topic AND p.number = :number", Post.class)
                .setParameter("topic", topic)
                .setParameter("number", number)
                .getResultStream()
                .filter(Post::isShownToMembers)
                .findFirst()
                .orElse(null);
    }

    /** Saves the post; a post held for approval is announced (PostPublished) only when a moderator approves it. */
    private Post save(Post post, MarkdownFacts facts, boolean startsTopic, PostScreening.Verdict verdict) {
        entityManager.persist(post);
        entityManager.persist(post.firstRevision());
        entityManager.flush();
        screening.recordFlags(post.id(), verdict);
        if (!post.isPending()) {
            published.fire(new PostPublished(
                    post.id(), post.topic().id(), post.author().id(), startsTopic, facts));
        }
        return post;
    }
}
