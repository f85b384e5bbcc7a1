package org.palabre.groups.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.palabre.accounts.control.AccountRules;
import org.palabre.accounts.entity.Account;
import org.palabre.accounts.entity.AccountStatus;
import org.palabre.accounts.entity.UsernameSkeleton;
import org.palabre.groups.entity.GroupChanged;
import org.palabre.groups.entity.GroupMembership;
import org.palabre.groups.entity.MemberGroup;
import org.palabre.web.control.Refusal;

/** Making groups and managing who is in them; every change is checked by {@link GroupPermissions}. */
@ApplicationScoped
public class Groups {

    public static final int DESCRIPTION_MAX_LENGTH = 300;

    public record Listed(MemberGroup group, long size) {}

    @PersistenceContext
    EntityManager entityManager;

    @Inject
    Event<GroupChanged> changed;

    @Inject
    GroupPermissions permissions;

    @Transactional
    public List<Listed> all() {
        return entityManager
                .createNamedQuery(MemberGroup.ALL_WITH_SIZES, Object[].class)
                .getResultStream()
                .map(row -> new Listed((MemberGroup) row[0], (Long) row[1]))
                .toList();
    }

    @Transactional
    public Optional<MemberGroup> find(String name) {
        if (name == null || name.length() > 40) {
            return Optional.empty();
        }
        return entityManager
                .createNamedQuery(MemberGroup.BY_SKELETON, MemberGroup.class)
                .setParameter("skeleton", UsernameSkeleton.of(name))
                .getResultStream()
                .filter(group -> group.name().equalsIgnoreCase(name.strip()))
                .findFirst();
    }

    @Transactional
    public List<GroupMembership> members(MemberGroup group) {
        return entityManager
                .createNamedQuery(GroupMembership.OF_GROUP, GroupMembership.class)
                .setParameter("group", group)
                .getResultList();
    }

    /** Problems per field (message keys); empty when the group was made. */
    @Transactional
    public Map<String, String> create(Account actor, String name, String description) {
        requireThat(permissions.canCreateOrDelete(actor));
        Map<String, String> problems = new LinkedHashMap<>();
        AccountRules.usernameProblem(name).ifPresent(p -> problems.put("name", "groups.name.invalid"));
        if (description != null
                && (description.strip().length() > DESCRIPTION_MAX_LENGTH
                        || description.chars().anyMatch(c -> Character.isISOControl(c) && c != '\n' && c != '\r'))) {
            problems.put("description", "groups.description.invalid");
        }
        if (problems.isEmpty() && nameTaken(name)) {
            problems.put("name", "groups.name.taken");
        }
        if (problems.isEmpty()) {
            MemberGroup group = new MemberGroup(name, description);
            entityManager.persist(group);
            entityManager.flush();
            told(actor, group, GroupChanged.Change.CREATED, null);
        }
        return problems;
    }

    @Transactional
    public void delete(Account actor, MemberGroup group) {
        requireThat(permissions.canCreateOrDelete(actor));
        told(actor, group, GroupChanged.Change.DELETED, null);
        entityManager.remove(entityManager.merge(group));
    }

    /** Adds the active member with this username; false when there is none. Adding twice changes nothing. */
    @Transactional
    public boolean add(Account actor, MemberGroup group, String username) {
        requireThat(permissions.canManageMembers(actor, group));
        Optional<Account> member = username == null
                ? Optional.empty()
                : entityManager
                        .createNamedQuery(Account.ACTIVE_BY_USERNAME, Account.class)
                        .setParameter("key", Account.loginKey(username))
                        .setParameter("active", AccountStatus.ACTIVE)
                        .getResultStream()
                        .findFirst();
        member.filter(account -> membership(group, account).isEmpty()).ifPresent(account -> {
            entityManager.persist(new GroupMembership(entityManager.merge(group), account));
            told(actor, group, GroupChanged.Change.CHANGED, "+ " + account.username());
        });
        return member.isPresent();
    }

    @Transactional
    public void remove(Account actor, MemberGroup group, long accountId) {
        requireThat(permissions.canManageMembers(actor, group));
        Account account = entityManager.find(Account.class, accountId);
        if (account != null) {
            membership(group, account).ifPresent(membership -> {
                entityManager.remove(membership);
                told(actor, group, GroupChanged.Change.CHANGED, "- " + account.username());
            });
        }
    }

    @Transactional
    public void makeOwner(Account actor, MemberGroup group, long accountId, boolean owner) {
        requireThat(permissions.canChangeOwners(actor));
        Account account = entityManager.find(Account.class, accountId);
        if (account != null) {
            membership(group, account).ifPresent(membership -> {
                membership.makeOwner(owner);
                told(actor, group, GroupChanged.Change.CHANGED, (owner ? "owner + " : "owner - ") + account.username());
            });
        }
    }

    /** Owners and administrators choose who may @mention the whole group. */
    @Transactional
    public void changeMentionPolicy(Account actor, MemberGroup group, MemberGroup.MentionPolicy policy) {
        requireThat(permissions.canManageMembers(actor, group));
        entityManager.merge(group).changeMentionPolicy(policy);
        told(
                actor,
                group,
                GroupChanged.Change.CHANGED,
                "{groups.mentionPolicy.label} → {groups.mentionPolicy." + policy.name() + "}");
    }

    /** Whether a new username or group name would look like an existing group's name. */
    public boolean nameTaken(String name) {
        String skeleton = UsernameSkeleton.of(name);
        return !entityManager
                        .createNamedQuery(MemberGroup.BY_SKELETON, MemberGroup.class)
                        .setParameter("skeleton", skeleton)
                        .getResultList()
                        .isEmpty()
                || !entityManager
                        .createNamedQuery(Account.BY_SKELETON, Account.class)
                        .setParameter("skeleton", skeleton)
                        .getResultList()
                        .isEmpty();
    }

    private Optional<GroupMembership> membership(MemberGroup group, Account account) {
        return entityManager
                .createNamedQuery(GroupMembership.ONE, GroupMembership.class)
                .setParameter("group", entityManager.merge(group))
                .setParameter("account", account)
                .getResultStream()
                .findFirst();
    }

    private void told(Account actor, MemberGroup group, GroupChanged.Change change, String what) {
        changed.fire(new GroupChanged(actor.id(), group.id(), group.name(), change, what));
    }

    private static void requireThat(boolean allowed) {
        if (!allowed) {
            throw Refusal.forbidden("access.forbidden");
        }
    }
}
