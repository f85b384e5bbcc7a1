package org.palabre.moderation.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.palabre.accounts.entity.Account;
import org.palabre.categories.control.CategoryPermissions;
import org.palabre.categories.entity.Category;
import org.palabre.moderation.entity.ModerationAction.TargetKind;
import org.palabre.moderation.entity.ModerationActionKind;
import org.palabre.posts.entity.Post;
import org.palabre.topics.entity.Topic;
import org.palabre.topics.entity.TopicTitle;
import org.palabre.web.control.InvalidInput;
import org.palabre.web.control.Refusal;

/**
 * Moving posts between topics. Every post lands in exactly one topic, numbered without collision; a reply
 * keeps its link while the post it answers moves with it, and loses it (becoming a reply to the topic)
 * when they end up apart, so no number ever points at the wrong post.
 */
@ApplicationScoped
public class TopicSplits {

    @PersistenceContext
    EntityManager entityManager;

    @Inject
    ModerationPermissions permissions;

    @Inject
    CategoryPermissions categories;

    @Inject
    ModerationLog log;

    /**
     * The chosen posts (by number) leave for a new topic in the same category, numbered from 1 in their order.
     * The first post stays: it is what its topic is about. The numbers they leave behind stay unused.
     */
    @Transactional
    public Topic split(Account actor, long topicId, Set<Integer> numbers, String title, String reason) {
        Topic source = locked(actor, topicId);
        TopicTitle.problem(title).ifPresent(problem -> {
            throw new InvalidInput(Map.of("title", problem), TopicTitle.MAX_LENGTH);
        });
        Set<Integer> chosen = new TreeSet<>(numbers == null ? Set.of() : numbers);
        if (chosen.isEmpty() || chosen.contains(1)) {
            throw new InvalidInput(Map.of("posts", "moderation.split.choose"));
        }
        List<Post> all = posts(source);
        List<Post> moving =
                all.stream().filter(p -> chosen.contains(p.number())).toList();
        if (moving.size() != chosen.size()) {
            throw new InvalidInput(Map.of("posts", "moderation.split.choose"));
        }
        Topic target = new Topic(
                entityManager.getReference(Category.class, source.categoryId()),
                TopicTitle.of(title),
                moving.get(0).author());
        entityManager.persist(target);
        entityManager.flush();
        Map<Long, Integer> newNumbers = new HashMap<>();
        for (int i = 0; i < moving.size(); i++) {
            newNumbers.put(moving.get(i).id(), i + 1);
        }
        for (Post post : moving) {
            Post parent = post.replyTo();
            boolean together = parent != null && newNumbers.containsKey(parent.id());
            post.moveTo(
                    target,
                    newNumbers.get(post.id()),
                    together ? parent : null,
                    together ? newNumbers.get(parent.id()) : null);
        }
        for (Post post : all) {
            if (!newNumbers.containsKey(post.id())
                    && post.replyTo() != null
                    && newNumbers.containsKey(post.replyTo().id())) {
                post.moveTo(source, post.number(), null, null);
            }
        }
        List<Post> staying =
                all.stream().filter(p -> !newNumbers.containsKey(p.id())).toList();
        recount(source, staying, source.highestNumber());
        recount(target, moving, moving.size());
        entityManager.flush();
        moveNotifications(newNumbers.keySet(), target);
        log.record(
                actor,
                ModerationActionKind.TOPIC_SPLIT,
                TargetKind.TOPIC,
                source.id(),
                source.categoryId(),
                TopicModeration.reason(reason),
                "{modlog.details.split|" + chosen + "|" + target.id() + "}");
        return target;
    }

    /**
     * Every post of the source joins the target, all of them numbered again in the order they were written.
     * The source stays as a pointer (its address leads to the target) rather than being removed: links,
     * notifications and mails that named it keep working, and nothing cascades from a deleted row.
     */
    @Transactional
    public Topic merge(Account actor, long sourceId, long targetId, String reason) {
        if (sourceId == targetId) {
            throw new InvalidInput(Map.of("target", "moderation.merge.same"));
        }
        // Both rows locked in id order, so two merges crossing each other cannot deadlock.
        Topic first = locked(actor, Math.min(sourceId, targetId));
        Topic second = locked(actor, Math.max(sourceId, targetId));
        Topic source = first.id() == sourceId ? first : second;
        Topic target = source == first ? second : first;
        if (source.mergedIntoId() != null || target.mergedIntoId() != null) {
            throw new InvalidInput(Map.of("target", "moderation.merge.same"));
        }
        List<Post> all = new java.util.ArrayList<>(posts(source));
        all.addAll(posts(target));
        all.sort(Comparator.comparing(Post::createdAt).thenComparing(Post::id));
        Map<Long, Integer> newNumbers = new HashMap<>();
        Map<Long, Post> parents = new HashMap<>();
        for (int i = 0; i < all.size(); i++) {
            Post post = all.get(i);
            newNumbers.put(post.id(), i + 1);
            parents.put(post.id(), post.replyTo());
            // First out of the way: the unique (topic, number) pair must hold after every single update.
            post.moveTo(target, -(i + 1), post.replyTo(), null);
        }
        entityManager.flush();
        for (Post post : all) {
            Post parent = parents.get(post.id());
            boolean together = parent != null && newNumbers.containsKey(parent.id());
            post.moveTo(
                    target,
                    newNumbers.get(post.id()),
                    together ? parent : null,
                    together ? newNumbers.get(parent.id()) : null);
        }
        recount(target, all, all.size());
        source.mergeInto(target);
        if (target.isPending() && !source.isPending()) {
            target.approve();
        }
        entityManager.flush();
        moveNotifications(all.stream().map(Post::id).collect(Collectors.toSet()), target);
        log.record(
                actor,
                ModerationActionKind.TOPIC_MERGED,
                TargetKind.TOPIC,
                source.id(),
                source.categoryId(),
                TopicModeration.reason(reason),
                "{modlog.details.merged|" + target.id() + "}");
        return target;
    }

    private Topic locked(Account actor, long topicId) {
        Topic topic = entityManager.find(Topic.class, topicId, LockModeType.PESSIMISTIC_WRITE);
        if (topic == null || !categories.canRead(actor, topic.categoryId())) {
            throw Refusal.notFound();
        }
        permissions.requireModerator(actor, topic);
        return topic;
    }

    private List<Post> posts(Topic topic) {
        return entityManager
                .createQuery(
                        "SELECT p FROM Post p LEFT JOIN FETCH p.replyTo WHERE p.topic.id = :topic ORDER BY p.number",
                        Post.class)
                .setParameter("topic", topic.id())
                .getResultList();
    }

    private static void recount(Topic topic, List<Post> posts, int highest) {
        List<Post> shown = posts.stream().filter(Post::isShownToMembers).toList();
        Instant latest = shown.stream()
                .map(Post::createdAt)
                .max(Comparator.naturalOrder())
                .orElse(topic.createdAt());
        topic.recount(shown.size(), highest, latest);
    }

    private void moveNotifications(Set<Long> postIds, Topic target) {
        if (!postIds.isEmpty()) {
            entityManager
                    .createNativeQuery("UPDATE notifications SET topic_id = :topic WHERE post_id IN (:posts)")
                    .setParameter("topic", target.id())
                    .setParameter("posts", postIds)
                    .executeUpdate();
        }
    }
}
