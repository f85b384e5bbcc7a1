package org.palabre.security.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.palabre.database.control.Upserts;
import org.palabre.security.entity.SiteSecret;

/**
 * Loads a named key, creating it the first time. Two servers may ask for a new key at the same moment: each
 * writes its own only if no row is there, then both read the one that was written, so both sign with one key.
 */
@ApplicationScoped
class SiteSecretStore {

    @PersistenceContext
    EntityManager entityManager;

    @Inject
    Upserts upserts;

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    byte[] loadOrCreate(String name) {
        SiteSecret existing = entityManager.find(SiteSecret.class, name);
        if (existing != null) {
            return existing.key();
        }
        SiteSecret created = SiteSecret.generate(name);
        upserts.insert("site_secrets")
                .key("name", created.name())
                .value("secret_value", created.storedValue())
                .orIgnore();
        return entityManager.find(SiteSecret.class, name).key();
    }
}
