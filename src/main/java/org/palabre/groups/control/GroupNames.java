package org.palabre.groups.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.palabre.accounts.control.ReservedNames;
import org.palabre.groups.entity.MemberGroup;

/** A group's name is taken for members too: {@code @name} must say whom it means. */
@ApplicationScoped
public class GroupNames implements ReservedNames {

    @PersistenceContext
    EntityManager entityManager;

    @Override
    public boolean isTaken(String skeleton) {
        return !entityManager
                .createNamedQuery(MemberGroup.BY_SKELETON, MemberGroup.class)
                .setParameter("skeleton", skeleton)
                .setMaxResults(1)
                .getResultList()
                .isEmpty();
    }
}
