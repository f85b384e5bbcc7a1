package org.palabre.groups.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.palabre.accounts.entity.Account;
import org.palabre.accounts.entity.Role;
import org.palabre.groups.entity.GroupMembership;
import org.palabre.groups.entity.MemberGroup;

/** The one place that answers "may this person do that" about groups. */
@ApplicationScoped
public class GroupPermissions {

    @PersistenceContext
    EntityManager entityManager;

    public boolean canCreateOrDelete(Account actor) {
        return actor != null && actor.has(Role.ADMIN);
    }

    /** Administrators manage every group; a group's owners manage its members. */
    public boolean canManageMembers(Account actor, MemberGroup group) {
        if (actor == null) {
            return false;
        }
        if (actor.has(Role.ADMIN)) {
            return true;
        }
        return entityManager
                .createNamedQuery(GroupMembership.ONE, GroupMembership.class)
                .setParameter("group", group)
                .setParameter("account", actor)
                .getResultStream()
                .anyMatch(GroupMembership::isOwner);
    }

    /** Whether an @mention of the whole group by this author tells its members, as the group's policy says. */
    public boolean canMention(Account author, MemberGroup group) {
        if (author == null || !author.isActive()) {
            return false;
        }
        return switch (group.mentionPolicy()) {
            case NOBODY -> false;
            case EVERYONE -> true;
            case MODERATORS -> author.has(Role.MODERATOR);
            case MEMBERS ->
                entityManager
                        .createNamedQuery(GroupMembership.ONE, GroupMembership.class)
                        .setParameter("group", group)
                        .setParameter("account", author)
                        .getResultStream()
                        .findAny()
                        .isPresent();
        };
    }

    /** Only administrators make or unmake owners, so an owner cannot hand the group to a stranger. */
    public boolean canChangeOwners(Account actor) {
        return actor != null && actor.has(Role.ADMIN);
    }
}
