package org.palabre.posts.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.palabre.accounts.entity.Account;
import org.palabre.topics.entity.Topic;

/**
 * What a topic page shows: the topic and one page of its posts, in time order or as a tree. The number of
 * SQL statements does not depend on how many posts the page holds.
 */
@ApplicationScoped
public class TopicPages {

    public static final int MAX_PAGE_SIZE = 200;

    /** One post of the tree view with its depth and how many replies are folded below it. */
    public record TreePost(PostView post, int depth, int foldedReplies) {}

    public record Flat(List<PostView> posts, int page, int pages, int pageSize) {}

    public record Tree(List<TreePost> posts, int page, int pages, int pageSize, Integer root) {}

    @PersistenceContext
    EntityManager entityManager;

    @Inject
    PostPermissions permissions;

    @Inject
    org.palabre.categories.control.CategoryPermissions categories;

    @Inject
    @ConfigProperty(name = "palabre.topics.posts-per-page", defaultValue = "50")
    int defaultPageSize;

    /** The topic (with its category and author) if the reader may read it; nothing otherwise. */
    @Transactional
    public Optional<Topic> readable(Account reader, long topicId) {
        return entityManager
                .createQuery(
                        "SELECT t FROM Topic t JOIN FETCH t.category JOIN FETCH t.author WHERE t.id = :id", Topic.class)
                .setParameter("id", topicId)
                .getResultStream()
                .filter(topic -> permissions.canRead(reader, topic))
                .findFirst();
    }

    /** Posts per page: the reader's choice when given, else the site's, never more than 200. */
    public int pageSize(Integer requested) {
        int size = requested != null ? requested : defaultPageSize;
        return Math.max(1, Math.min(MAX_PAGE_SIZE, size));
    }

    public int pageOf(int postNumber, int pageSize) {
        return (Math.max(1, postNumber) - 1) / pageSize + 1;
    }

    @Transactional
    public Flat flat(Account reader, Topic topic, int page, int pageSize) {
        int pages = Math.max(1, (topic.highestNumber() + pageSize - 1) / pageSize);
        int current = Math.max(1, Math.min(page, pages));
        List<PostView> posts = entityManager
                .createQuery(PostView.SELECT + "WHERE p.topic.id = :topic ORDER BY p.number", PostView.class)
                .setParameter("topic", topic.id())
                .setFirstResult((current - 1) * pageSize)
                .setMaxResults(pageSize)
                .getResultList();
        return new Flat(shownTo(reader, topic, posts), current, pages, pageSize);
    }

    /**
     * Chosen posts of the topic as its flat view shows them to this reader (a live page fetches what it was told
     * of): in number order, those the reader may not have in view left out.
     */
    @Transactional
    public Flat chosen(Account reader, Topic topic, java.util.Collection<Long> postIds) {
        List<PostView> posts = postIds.isEmpty()
                ? List.of()
                : entityManager
                        .createQuery(
                                PostView.SELECT + "WHERE p.topic.id = :topic AND p.id IN :ids ORDER BY p.number",
                                PostView.class)
                        .setParameter("topic", topic.id())
                        .setParameter("ids", postIds)
                        .getResultList();
        return new Flat(shownTo(reader, topic, posts), 1, 1, MAX_PAGE_SIZE);
    }

    @Transactional
    public Tree tree(Account reader, Topic topic, Integer root, int page, int pageSize) {
        List<ThreadTree.Link> links = entityManager
                .createQuery("SELECT p.number, p.replyToNumber FROM Post p WHERE p.topic.id = :topic", Object[].class)
                .setParameter("topic", topic.id())
                .getResultStream()
                .map(row -> new ThreadTree.Link((Integer) row[0], (Integer) row[1]))
                .toList();
        List<ThreadTree.Entry> order = ThreadTree.order(links, root);
        int pages = Math.max(1, (order.size() + pageSize - 1) / pageSize);
        int current = Math.max(1, Math.min(page, pages));
        List<ThreadTree.Entry> shown = order.subList(
                Math.min(order.size(), (current - 1) * pageSize), Math.min(order.size(), current * pageSize));
        if (shown.isEmpty()) {
            return new Tree(List.of(), current, pages, pageSize, root);
        }
        List<Integer> numbers = shown.stream().map(ThreadTree.Entry::number).toList();
        Map<Integer, PostView> byNumber = shownTo(
                        reader,
                        topic,
                        entityManager
                                .createQuery(
                                        PostView.SELECT + "WHERE p.topic.id = :topic AND p.number IN :numbers",
                                        PostView.class)
                                .setParameter("topic", topic.id())
                                .setParameter("numbers", numbers)
                                .getResultList())
                .stream()
                .collect(Collectors.toMap(PostView::number, Function.identity()));
        List<TreePost> posts = new ArrayList<>();
        for (ThreadTree.Entry entry : shown) {
            PostView post = byNumber.get(entry.number());
            if (post != null) {
                posts.add(new TreePost(post, entry.depth(), entry.foldedReplies()));
            }
        }
        return new Tree(posts, current, pages, pageSize, root);
    }

    /**
     * Withdrawn and deleted posts keep their place, but their content only for moderators. Posts held for
     * approval exist only for their author (while pending) and the category's moderators. Posts hidden pending
     * review keep their content for the category's moderators and their author.
     */
    private List<PostView> shownTo(Account reader, Topic topic, List<PostView> posts) {
        boolean moderator = categories.canModerate(reader, topic.categoryId());
        return posts.stream()
                .filter(post -> PostVisibility.isListedFor(PostVisibility.States.of(post), reader, moderator))
                .map(post -> PostVisibility.isVisibleTo(PostVisibility.States.of(post), reader, moderator)
                        ? post
                        : post.withCooked("", post.cookedVersion()))
                .toList();
    }
}
