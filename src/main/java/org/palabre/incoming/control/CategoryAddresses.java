package org.palabre.incoming.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.palabre.incoming.entity.CategoryMailAddress;
import org.palabre.web.control.InvalidInput;

/** The categories' addresses for new topics by mail, as administrators set them. */
@ApplicationScoped
public class CategoryAddresses {

    @PersistenceContext
    EntityManager entityManager;

    @Transactional
    public Optional<Long> categoryOf(String address) {
        return entityManager
                .createQuery(
                        "SELECT c FROM CategoryMailAddress c WHERE c.address = :address", CategoryMailAddress.class)
                .setParameter("address", address.strip().toLowerCase(Locale.ROOT))
                .getResultStream()
                .findFirst()
                .map(CategoryMailAddress::categoryId);
    }

    @Transactional
    public Map<Long, String> all() {
        List<CategoryMailAddress> all = entityManager
                .createQuery("SELECT c FROM CategoryMailAddress c", CategoryMailAddress.class)
                .getResultList();
        return all.stream().collect(Collectors.toMap(CategoryMailAddress::categoryId, CategoryMailAddress::address));
    }

    /** Sets the category's address; a blank one removes it. */
    @Transactional
    public void choose(long categoryId, String address) {
        CategoryMailAddress existing = entityManager.find(CategoryMailAddress.class, categoryId);
        String chosen = address == null ? "" : address.strip().toLowerCase(Locale.ROOT);
        if (chosen.isEmpty()) {
            if (existing != null) {
                entityManager.remove(existing);
            }
            return;
        }
        if (!chosen.matches("[a-z0-9._-]+@[a-z0-9.-]+\\.[a-z]{2,}")) {
            throw new InvalidInput(Map.of("address", "incoming.address.invalid"));
        }
        Optional<Long> taken = categoryOf(chosen);
        if (taken.isPresent() && taken.get() != categoryId) {
            throw new InvalidInput(Map.of("address", "incoming.address.taken"));
        }
        if (existing == null) {
            entityManager.persist(new CategoryMailAddress(categoryId, chosen));
        } else {
            existing.change(chosen);
        }
    }
}
