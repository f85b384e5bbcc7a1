package org.palabre.watching.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
import org.palabre.database.control.Upserts;
import org.palabre.posts.entity.PostPublished;
import org.palabre.watching.control.Watches.Subject;
import org.palabre.watching.entity.WatchLevel;

/**
 * The level a member's own topic or reply gives the topic: by default starting a topic watches it and
 * replying tracks it, and each member may choose otherwise in their preferences.
 */
@ApplicationScoped
public class WatchDefaults {

    public record Chosen(WatchLevel onCreate, WatchLevel onReply) {}

    public static final Chosen USUAL = new Chosen(WatchLevel.WATCHING, WatchLevel.TRACKING);

    @PersistenceContext
    EntityManager entityManager;

    @Inject
    Watches watches;

    @Inject
    Upserts upserts;

    @Transactional
    public Chosen of(long accountId) {
        List<?> rows = entityManager
                .createNativeQuery("SELECT on_create, on_reply FROM watch_defaults WHERE account_id = :account")
                .setParameter("account", accountId)
                .getResultList();
        if (rows.isEmpty()) {
            return USUAL;
        }
        Object[] row = (Object[]) rows.get(0);
        return new Chosen(WatchLevel.valueOf((String) row[0]), WatchLevel.valueOf((String) row[1]));
    }

    @Transactional
    public void choose(long accountId, Chosen chosen) {
        upserts.insert("watch_defaults")
                .key("account_id", accountId)
                .value("on_create", chosen.onCreate().name())
                .value("on_reply", chosen.onReply().name())
                .orUpdate();
    }

    /** In the post's transaction: the author's level for the topic changes with the post or not at all. */
    void tookPart(@Observes PostPublished event) {
        Chosen chosen = of(event.authorId());
        WatchLevel current = watches.effectiveTopicLevel(event.authorId(), event.topicId());
        WatchLevel next = event.startsTopic() ? chosen.onCreate() : current.raisedTo(chosen.onReply());
        if (next != current) {
            watches.choose(event.authorId(), Subject.TOPIC, event.topicId(), next);
        }
    }
}
