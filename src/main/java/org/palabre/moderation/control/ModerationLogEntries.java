package org.palabre.moderation.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.palabre.moderation.entity.ModerationAction;
import org.palabre.moderation.entity.ModerationAction.TargetKind;
import org.palabre.moderation.entity.ModerationActionKind;

/**
 * Reading the moderation log, newest first, a page at a time: the staff's full log, filtered by action, actor
 * and category, and a category's public log, which carries no names but that of the category.
 */
@ApplicationScoped
public class ModerationLogEntries {

    public static final int PAGE_SIZE = 50;

    /** One line as shown; actor is null for what flags did by themselves, target path null when gone. */
    public record Entry(
            long id,
            Instant at,
            ModerationActionKind action,
            String actor,
            String targetKind,
            Long targetId,
            String target,
            String targetPath,
            Long categoryId,
            String reason,
            String details,
            boolean automatic) {}

    public record Page(List<Entry> entries, int page, boolean hasNext) {}

    @PersistenceContext
    EntityManager entityManager;

    /** Null or blank filters are left out; actor and member are usernames, category an id. */
    @Transactional
    public Page staffLog(ModerationActionKind action, String actor, String member, Long category, int page) {
        StringBuilder where = new StringBuilder("WHERE 1 = 1 ");
        Map<String, Object> parameters = new HashMap<>();
        if (action != null) {
            where.append("AND m.action = :action ");
            parameters.put("action", action);
        }
        if (actor != null && !actor.isBlank()) {
            where.append("AND m.actor.usernameKey = :actor ");
            parameters.put("actor", org.palabre.accounts.entity.Account.loginKey(actor));
        }
        if (member != null && !member.isBlank()) {
            // What was done to the member, and to their posts (flags upheld, posts hidden or deleted).
            where.append("AND ((m.targetKind = :account AND m.targetId IN "
                    + "(SELECT a.id FROM Account a WHERE a.usernameKey = :member)) "
                    + "OR (m.targetKind = :post AND m.targetId IN "
                    + "(SELECT p.id FROM Post p WHERE p.author.usernameKey = :member))) ");
            parameters.put("member", org.palabre.accounts.entity.Account.loginKey(member));
            parameters.put("account", TargetKind.ACCOUNT);
            parameters.put("post", TargetKind.POST);
        }
        if (category != null) {
            where.append("AND m.categoryId = :category ");
            parameters.put("category", category);
        }
        return read(where.toString(), parameters, page, true);
    }

    @Transactional
    public Page publicLog(long categoryId, int page) {
        return read("WHERE m.categoryId = :category ", Map.of("category", categoryId), page, false);
    }

    @Transactional
    public List<ModerationActionKind> actions() {
        return entityManager
                .createQuery(
                        "SELECT DISTINCT m.action FROM ModerationAction m ORDER BY m.action",
                        ModerationActionKind.class)
                .getResultList();
    }

    private Page read(String where, Map<String, Object> parameters, int page, boolean staff) {
        int current = Math.max(1, page);
        TypedQuery<ModerationAction> query = entityManager.createQuery(
                "SELECT m FROM ModerationAction m LEFT JOIN FETCH m.actor " + where
                        + "ORDER BY m.createdAt DESC, m.id DESC",
                ModerationAction.class);
        parameters.forEach(query::setParameter);
        List<ModerationAction> rows = query.setFirstResult((current - 1) * PAGE_SIZE)
                .setMaxResults(PAGE_SIZE + 1)
                .getResultList();
        boolean hasNext = rows.size() > PAGE_SIZE;
        List<ModerationAction> shown = hasNext ? rows.subList(0, PAGE_SIZE) : rows;
        Map<Long, String[]> posts = postPlaces(shown);
        Map<Long, String> accounts = usernames(shown);
        List<Entry> entries = shown.stream()
                .map(m -> {
                    String target = null;
                    String path = null;
                    if (m.targetKind() == TargetKind.POST && posts.containsKey(m.targetId())) {
                        target = posts.get(m.targetId())[0];
                        path = posts.get(m.targetId())[1];
                    } else if (m.targetKind() == TargetKind.ACCOUNT && staff && accounts.containsKey(m.targetId())) {
                        target = accounts.get(m.targetId());
                        path = target.startsWith("deleted:") ? null : "/u/" + target;
                    }
                    return new Entry(
                            m.id(),
                            m.createdAt(),
                            m.action(),
                            staff && m.actor() != null ? m.actor().username() : null,
                            m.targetKind().name(),
                            m.targetId(),
                            target,
                            path,
                            m.categoryId(),
                            m.reason(),
                            staff ? m.details() : null,
                            m.actor() == null);
                })
                .toList();
        return new Page(entries, current, hasNext);
    }

    /** Each post's topic title with its number, and its permalink. */
    private Map<Long, String[]> postPlaces(List<ModerationAction> rows) {
        List<Long> ids = rows.stream()
                .filter(m -> m.targetKind() == TargetKind.POST && m.targetId() != null)
                .map(ModerationAction::targetId)
                .distinct()
                .toList();
        Map<Long, String[]> places = new HashMap<>();
        if (!ids.isEmpty()) {
            entityManager
                    .createQuery(
                            "SELECT p.id, t.title, t.slug, t.id, p.number FROM Post p JOIN p.topic t WHERE p.id IN :ids",
                            Object[].class)
                    .setParameter("ids", ids)
                    .getResultStream()
                    .forEach(r -> places.put(
                            (Long) r[0], new String[] {r[1] + " #" + r[4], "/t/" + r[2] + "/" + r[3] + "/" + r[4]}));
        }
        return places;
    }

    private Map<Long, String> usernames(List<ModerationAction> rows) {
        List<Long> ids = rows.stream()
                .filter(m -> m.targetKind() == TargetKind.ACCOUNT && m.targetId() != null)
                .map(ModerationAction::targetId)
                .distinct()
                .toList();
        Map<Long, String> names = new HashMap<>();
        if (!ids.isEmpty()) {
            entityManager
                    .createQuery("SELECT a.id, a.username FROM Account a WHERE a.id IN :ids", Object[].class)
                    .setParameter("ids", ids)
                    .getResultStream()
                    .forEach(r -> names.put((Long) r[0], (String) r[1]));
        }
        return names;
    }
}
