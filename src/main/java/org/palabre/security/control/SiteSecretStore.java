package org.palabre.security.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.palabre.security.entity.SiteSecret;

@ApplicationScoped
class SiteSecretStore {

    @PersistenceContext
    EntityManager entityManager;

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    byte[] loadOrCreate(String name) {
        SiteSecret existing = entityManager.find(SiteSecret.class, name);
        if (existing != null) {
            return existing.key();
        }
        SiteSecret created = SiteSecret.generate(name);
        entityManager.persist(created);
        return created.key();
    }
}
