package org.palabre.demo.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.logging.Logger;
import org.palabre.accounts.entity.Account;
import org.palabre.accounts.entity.AccountDeleted;
import org.palabre.accounts.entity.PostsChoice;

/**
 * Takes the demo content away once the forum is used for real: what the demo made (table {@code demo_content}),
 * and nothing a real member wrote. A demo topic a real member answered stays, with the demo posts in it erased
 * (withdrawn, keeping their place, as when a member deletes their account with their posts); a demo category
 * that still holds a topic stays too.
 */
@ApplicationScoped
public class DemoRemoval {

    static final String ACCOUNT = "ACCOUNT";
    static final String CATEGORY = "CATEGORY";
    static final String TOPIC = "TOPIC";

    private static final Logger LOG = Logger.getLogger(DemoRemoval.class.getName());

    private static final String DEMO = "SELECT entity_id FROM demo_content WHERE kind = ";

    /** What the demo left in the forum, counted for the confirmation page. */
    public record Present(long members, long topics, long categories) {
        public boolean isEmpty() {
            return members + topics + categories == 0;
        }
    }

    @PersistenceContext
    EntityManager entityManager;

    @Inject
    Event<AccountDeleted> accountDeleted;

    static void remember(EntityManager entityManager, String kind, long id) {
        entityManager
                .createNativeQuery("INSERT INTO demo_content (kind, entity_id) VALUES (?1, ?2)")
                .setParameter(1, kind)
                .setParameter(2, id)
                .executeUpdate();
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public Present present() {
        return new Present(
                count("SELECT COUNT(*) FROM accounts WHERE status <> 'DELETED' AND id IN (" + DEMO + "'ACCOUNT')"),
                count("SELECT COUNT(*) FROM topics WHERE id IN (" + DEMO + "'TOPIC')"),
                count("SELECT COUNT(*) FROM categories WHERE id IN (" + DEMO + "'CATEGORY')"));
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public Present remove() {
        Present before = present();
        // Topics only demo members wrote in go whole: their posts, revisions and notifications follow (ON DELETE
        // CASCADE).
        entityManager
                .createNativeQuery("DELETE FROM topics WHERE id IN (" + DEMO + "'TOPIC')"
                        + " AND NOT EXISTS (SELECT 1 FROM posts p WHERE p.topic_id = topics.id"
                        + " AND p.author_id NOT IN (" + DEMO + "'ACCOUNT'))")
                .executeUpdate();
        entityManager
                .createNativeQuery("DELETE FROM categories WHERE id IN (" + DEMO + "'CATEGORY')"
                        + " AND NOT EXISTS (SELECT 1 FROM topics t WHERE t.category_id = categories.id)")
                .executeUpdate();
        @SuppressWarnings("unchecked")
        List<Number> members =
                entityManager.createNativeQuery(DEMO + "'ACCOUNT'").getResultList();
        for (Number id : members) {
            Account member = entityManager.find(Account.class, id.longValue());
            if (member != null && !member.isDeleted()) {
                // As a member deleting their account with their posts: what is left of them elsewhere is erased.
                accountDeleted.fire(new AccountDeleted(member.id(), PostsChoice.REMOVE));
                member.delete();
            }
        }
        entityManager.createNativeQuery("DELETE FROM demo_content").executeUpdate();
        LOG.info(() -> "Demo content removed: " + before);
        return before;
    }

    private long count(String sql) {
        return ((Number) entityManager.createNativeQuery(sql).getSingleResult()).longValue();
    }
}
