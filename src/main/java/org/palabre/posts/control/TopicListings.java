package org.palabre.posts.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.palabre.accounts.entity.Account;
import org.palabre.categories.control.CategoryPermissions;
import org.palabre.categories.entity.Category;

/**
 * Lists of topics, latest activity first: the whole forum (home) or one category, only ever from the
 * categories the reader may read. Three queries per page whatever its length: topics, participants, and
 * (signed in) read state.
 */
@ApplicationScoped
public class TopicListings {

    public static final int PAGE_SIZE = 30;

    /** Topics that lists show: not unlisted, not waiting for approval, not merged into another. */
    public static final String LISTED = "t.unlistedAt IS NULL AND t.pending = false AND t.mergedIntoId IS NULL";

    private static final int PARTICIPANTS_SHOWN = 5;

    public record Listing(List<TopicSummary> topics, int page, boolean hasNext) {}

    @PersistenceContext
    EntityManager entityManager;

    @Inject
    CategoryPermissions permissions;

    @Inject
    Instance<MutedCategories> mutedCategories;

    /** Page numbers start at 1. A null category means every category the reader may read. */
    @Transactional
    public Listing latest(Account reader, Category category, int page) {
        Set<Long> readable = category == null
                ? withoutMuted(reader, permissions.readableIds(reader))
                : permissions.canRead(reader, category) ? Set.of(category.id()) : Set.of();
        int current = Math.max(1, page);
        if (readable.isEmpty()) {
            return new Listing(List.of(), current, false);
        }
        // Pinned topics first (on the home page only those pinned site-wide), archived ones after the active ones.
        // The same expressions as the indexes of V40, literals included, so the first page is read from an index
        // instead of sorting every topic (a parameter in place of SITE would keep PostgreSQL from using it).
        String pinnedFirst = category == null
                ? "CASE WHEN t.pinned = org.palabre.topics.entity.PinScope.SITE THEN 0 ELSE 1 END"
                : "CASE WHEN t.pinned IS NOT NULL THEN 0 ELSE 1 END";
        var query = entityManager.createQuery(
                "SELECT t.id, t.title, t.slug, t.categoryId, a.username, t.createdAt, "
                        + "t.lastPostedAt, t.postCount, t.pinned, t.closedAt, t.archivedAt FROM Topic t JOIN t.author a WHERE t.categoryId IN :readable "
                        + "AND " + LISTED + " ORDER BY " + pinnedFirst
                        + ", CASE WHEN t.archivedAt IS NULL THEN 0 ELSE 1 END, "
                        + "t.lastPostedAt DESC, t.id DESC",
                Object[].class);
        List<Object[]> rows = query.setParameter("readable", readable)
                .setFirstResult((current - 1) * PAGE_SIZE)
                .setMaxResults(PAGE_SIZE + 1)
                .getResultList();
        boolean hasNext = rows.size() > PAGE_SIZE;
        List<Object[]> shown = hasNext ? rows.subList(0, PAGE_SIZE) : rows;
        List<Long> ids = shown.stream().map(row -> (Long) row[0]).toList();
        Map<Long, List<String>> participants = participants(ids);
        Map<Long, Integer> unread = reader == null ? Map.of() : unread(reader, ids);
        List<TopicSummary> topics = new ArrayList<>();
        for (Object[] row : shown) {
            long id = (Long) row[0];
            topics.add(new TopicSummary(
                    id,
                    (String) row[1],
                    (String) row[2],
                    (Long) row[3],
                    (String) row[4],
                    (Instant) row[5],
                    (Instant) row[6],
                    (Integer) row[7],
                    participants.getOrDefault(id, List.of()),
                    reader == null ? 0 : unread.getOrDefault(id, -1),
                    row[8] != null,
                    row[9] != null,
                    row[10] != null));
        }
        return new Listing(topics, current, hasNext);
    }

    /** The whole forum's list leaves out the categories the member muted; each category's own page still lists them. */
    private Set<Long> withoutMuted(Account reader, Set<Long> readable) {
        if (reader == null) {
            return readable;
        }
        Set<Long> muted = mutedCategories.isResolvable() ? mutedCategories.get().of(reader.id()) : Set.of();
        return muted.isEmpty()
                ? readable
                : readable.stream().filter(id -> !muted.contains(id)).collect(Collectors.toUnmodifiableSet());
    }

    /** The most active authors of each topic, most posts first. */
    private Map<Long, List<String>> participants(List<Long> topicIds) {
        if (topicIds.isEmpty()) {
            return Map.of();
        }
        record Participant(String username, long posts, int firstNumber) {}
        Map<Long, List<Participant>> byTopic = new HashMap<>();
        entityManager
                .createQuery(
                        "SELECT p.topic.id, a.username, COUNT(p), MIN(p.number) FROM Post p JOIN p.author a "
                                + "WHERE p.topic.id IN :ids AND " + PostVisibility.shownToMembersJpql("p")
                                + " GROUP BY p.topic.id, a.username",
                        Object[].class)
                .setParameter("ids", topicIds)
                .getResultStream()
                .forEach(row -> byTopic.computeIfAbsent((Long) row[0], id -> new ArrayList<>())
                        .add(new Participant((String) row[1], (Long) row[2], (Integer) row[3])));
        Map<Long, List<String>> names = new HashMap<>();
        byTopic.forEach((topic, list) -> names.put(
                topic,
                list.stream()
                        .sorted(Comparator.comparingLong(Participant::posts)
                                .reversed()
                                .thenComparingInt(Participant::firstNumber))
                        .limit(PARTICIPANTS_SHOWN)
                        .map(Participant::username)
                        .toList()));
        return names;
    }

    /** Unread posts per topic the member has opened; topics never opened are absent. */
    private Map<Long, Integer> unread(Account reader, List<Long> topicIds) {
        if (topicIds.isEmpty()) {
            return Map.of();
        }
        Map<Long, Integer> unread = new HashMap<>();
        List<?> rows = entityManager
                .createNativeQuery("SELECT r.topic_id, (SELECT COUNT(*) FROM posts p WHERE p.topic_id = r.topic_id "
                        + "AND " + PostVisibility.shownToMembersSql("p")
                        + " AND p.number > r.last_read_number) FROM topic_reads r "
                        + "WHERE r.account_id = :account AND r.topic_id IN (:ids)")
                .setParameter("account", reader.id())
                .setParameter("ids", topicIds)
                .getResultList();
        for (Object row : rows) {
            Object[] columns = (Object[]) row;
            unread.put(((Number) columns[0]).longValue(), ((Number) columns[1]).intValue());
        }
        return unread;
    }
}
