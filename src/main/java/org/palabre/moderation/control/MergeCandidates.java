package org.palabre.moderation.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.palabre.accounts.entity.Account;
import org.palabre.topics.entity.Topic;

/**
 * The topics a moderator may merge a topic into, shown by title so nobody has to know a topic's id: the recent
 * topics of the same category, or those a search finds, by words of the title or by a pasted topic address.
 * Only topics the moderator moderates, not merged already, and not the topic itself.
 */
@ApplicationScoped
public class MergeCandidates {

    static final int SHOWN = 20;

    /** A topic address as pasted from the address bar: /t/slug/123, with or without site and post number. */
    private static final Pattern TOPIC_ADDRESS = Pattern.compile("/t/[^/\\s?#]+/([0-9]{1,18})(?:[/?#].*)?$");

    @PersistenceContext
    EntityManager entityManager;

    @Inject
    ModerationPermissions permissions;

    @Transactional
    public List<Topic> recent(Account actor, Topic topic) {
        return mergeable(
                actor,
                topic,
                entityManager
                        .createQuery(
                                "SELECT t FROM Topic t WHERE t.categoryId = :category AND t.id <> :id "
                                        + "AND t.mergedIntoId IS NULL ORDER BY t.lastPostedAt DESC, t.id DESC",
                                Topic.class)
                        .setParameter("category", topic.categoryId())
                        .setParameter("id", topic.id())
                        .setMaxResults(SHOWN)
                        .getResultList());
    }

    /** Topics whose title holds the words, or the one a pasted address or a number names. */
    @Transactional
    public List<Topic> search(Account actor, Topic topic, String query) {
        String typed = query == null ? "" : query.strip();
        if (typed.isEmpty()) {
            return List.of();
        }
        Long named = topicId(typed);
        if (named != null) {
            Topic found = entityManager.find(Topic.class, named);
            return found == null || found.mergedIntoId() != null ? List.of() : mergeable(actor, topic, List.of(found));
        }
        String pattern = "%"
                + typed.toLowerCase(Locale.ROOT)
                        .replace("!", "!!")
                        .replace("%", "!%")
                        .replace("_", "!_")
                + "%";
        return mergeable(
                actor,
                topic,
                entityManager
                        .createQuery(
                                "SELECT t FROM Topic t WHERE LOWER(t.title) LIKE :words ESCAPE '!' "
                                        + "AND t.id <> :id AND t.mergedIntoId IS NULL "
                                        + "ORDER BY t.lastPostedAt DESC, t.id DESC",
                                Topic.class)
                        .setParameter("words", pattern)
                        .setParameter("id", topic.id())
                        .setMaxResults(SHOWN * 3)
                        .getResultList());
    }

    /** The id a pasted address or a bare number names; null for words. */
    static Long topicId(String typed) {
        if (typed.matches("[0-9]{1,18}")) {
            return Long.parseLong(typed);
        }
        Matcher address = TOPIC_ADDRESS.matcher(typed);
        return address.find() ? Long.parseLong(address.group(1)) : null;
    }

    private List<Topic> mergeable(Account actor, Topic topic, List<Topic> topics) {
        return topics.stream()
                .filter(t -> !t.id().equals(topic.id()))
                .filter(t -> permissions.canModerate(actor, t))
                .limit(SHOWN)
                .toList();
    }
}
