package org.palabre.moderation.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.palabre.accounts.entity.Account;
import org.palabre.moderation.entity.ModerationAction;
import org.palabre.moderation.entity.ModerationAction.TargetKind;
import org.palabre.moderation.entity.ModerationActionKind;

/**
 * Writes the moderation log. Called inside the transaction of the action itself, so an action that
 * happened is always logged and a logged action always happened.
 */
@ApplicationScoped
public class ModerationLog {

    @PersistenceContext
    EntityManager entityManager;

    @Transactional(Transactional.TxType.MANDATORY)
    public ModerationAction record(
            Account actor,
            ModerationActionKind action,
            TargetKind targetKind,
            Long targetId,
            Long categoryId,
            String reason,
            String details) {
        ModerationAction entry = new ModerationAction(actor, action, targetKind, targetId, categoryId, reason, details);
        entityManager.persist(entry);
        return entry;
    }
}
