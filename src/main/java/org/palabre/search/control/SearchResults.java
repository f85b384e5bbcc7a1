package org.palabre.search.control;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One page of posts found, and how many the reader may see in all; the page's posts grouped by topic. Up to
 * {@link #COUNTED_EXACTLY} the count is exact; beyond it, counting every match would cost each search as much as
 * reading the whole index, so {@code total} is a lower bound and {@code exact} is false. Either way only posts the
 * reader may see are counted.
 */
public record SearchResults(long total, boolean exact, int page, List<Hit> hits) {

    public static final int COUNTED_EXACTLY = 1000;

    public record Hit(
            long postId,
            int number,
            long topicId,
            String topicTitle,
            Excerpt title,
            String path,
            String author,
            Instant createdAt,
            Excerpt excerpt) {}

    public record TopicGroup(long topicId, Excerpt title, String path, List<Hit> hits) {}

    public static SearchResults none() {
        return new SearchResults(0, true, 1, List.of());
    }

    public List<TopicGroup> byTopic() {
        Map<Long, List<Hit>> groups = new LinkedHashMap<>();
        hits.forEach(hit ->
                groups.computeIfAbsent(hit.topicId(), id -> new ArrayList<>()).add(hit));
        return groups.values().stream()
                .map(topicHits -> {
                    Hit first = topicHits.get(0);
                    return new TopicGroup(
                            first.topicId(), first.title(), first.path().replaceAll("#.*", ""), topicHits);
                })
                .toList();
    }

    public boolean hasNext() {
        return (long) page * SearchRequest.PAGE_SIZE < total;
    }

    public int pages() {
        return (int) Math.max(1, (total + SearchRequest.PAGE_SIZE - 1) / SearchRequest.PAGE_SIZE);
    }
}
