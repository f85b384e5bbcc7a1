package org.palabre.watching.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.palabre.database.control.Upserts;
import org.palabre.posts.control.MutedCategories;
import org.palabre.watching.entity.WatchLevel;

/**
 * Each member's watch level per topic and per category. Plain rows read and written in SQL: the fan-out
 * of notifications joins them by the thousand, and nothing else about them needs an object.
 */
@ApplicationScoped
public class Watches implements MutedCategories {

    /** What a watch table is about: topics or categories. */
    public enum Subject {
        TOPIC("topic_watches", "topic_id"),
        CATEGORY("category_watches", "category_id");

        private final String table;
        private final String column;

        Subject(String table, String column) {
            this.table = table;
            this.column = column;
        }
    }

    @PersistenceContext
    EntityManager entityManager;

    @Inject
    Upserts upserts;

    @Transactional
    public WatchLevel level(long accountId, Subject subject, long id) {
        List<?> found = entityManager
                .createNativeQuery("SELECT watch_level FROM " + subject.table + " WHERE account_id = :account AND "
                        + subject.column + " = :id")
                .setParameter("account", accountId)
                .setParameter("id", id)
                .getResultList();
        return found.isEmpty() ? WatchLevel.NORMAL : WatchLevel.valueOf((String) found.get(0));
    }

    /**
     * The level the member follows a topic at: the one chosen for it, else WATCHING when they watch its category
     * (every post of its topics notifies them), else NORMAL.
     */
    @Transactional
    public WatchLevel effectiveTopicLevel(long accountId, long topicId) {
        List<?> found = entityManager
                .createNativeQuery("SELECT tw.watch_level FROM topic_watches tw WHERE tw.account_id = :account "
                        + "AND tw.topic_id = :topic UNION ALL SELECT cw.watch_level FROM category_watches cw JOIN topics t ON t.category_id = cw.category_id "
                        + "WHERE cw.account_id = :account AND t.id = :topic AND cw.watch_level = :watching AND NOT EXISTS (SELECT 1 FROM topic_watches x "
                        + "WHERE x.account_id = :account AND x.topic_id = :topic)")
                .setParameter("watching", WatchLevel.WATCHING.name())
                .setParameter("account", accountId)
                .setParameter("topic", topicId)
                .getResultList();
        return found.isEmpty() ? WatchLevel.NORMAL : WatchLevel.valueOf((String) found.get(0));
    }

    @Transactional
    public void choose(long accountId, Subject subject, long id, WatchLevel level) {
        upserts.insert(subject.table)
                .key(subject.column, id)
                .key("account_id", accountId)
                .value("watch_level", level.name())
                .orUpdate();
    }

    /** The categories whose topics the member left out of their latest list. */
    @Transactional
    @Override
    public Set<Long> of(long accountId) {
        return mutedCategoryIds(accountId);
    }

    public Set<Long> mutedCategoryIds(long accountId) {
        List<?> ids = entityManager
                .createNativeQuery("SELECT category_id FROM category_watches WHERE account_id = :account "
                        + "AND watch_level = :muted")
                .setParameter("muted", WatchLevel.MUTED.name())
                .setParameter("account", accountId)
                .getResultList();
        return ids.stream().map(id -> ((Number) id).longValue()).collect(Collectors.toUnmodifiableSet());
    }
}
