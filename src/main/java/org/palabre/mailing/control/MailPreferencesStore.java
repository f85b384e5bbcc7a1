package org.palabre.mailing.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.palabre.mailing.entity.DigestFrequency;
import org.palabre.mailing.entity.MailFrequency;
import org.palabre.mailing.entity.MailPreferences;

/** Reads and keeps members' mail preferences; a member who never chose has the defaults. */
@ApplicationScoped
public class MailPreferencesStore {

    @PersistenceContext
    EntityManager entityManager;

    @Transactional
    public MailPreferences of(long accountId) {
        MailPreferences chosen = entityManager.find(MailPreferences.class, accountId);
        return chosen != null ? chosen : MailPreferences.defaults(accountId);
    }

    /** The member's stored preferences, created with the defaults when they had none, to be changed in place. */
    @Transactional(Transactional.TxType.MANDATORY)
    public MailPreferences forChange(long accountId) {
        MailPreferences chosen = entityManager.find(MailPreferences.class, accountId);
        if (chosen == null) {
            chosen = MailPreferences.defaults(accountId);
            entityManager.persist(chosen);
        }
        return chosen;
    }

    @Transactional
    public void choose(
            long accountId,
            MailFrequency mention,
            MailFrequency reply,
            MailFrequency quote,
            MailFrequency watched,
            boolean mailingList,
            DigestFrequency digest) {
        forChange(accountId).choose(mention, reply, quote, watched, mailingList, digest);
    }
}
