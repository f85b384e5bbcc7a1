package org.palabre.categories.control;

import jakarta.enterprise.context.RequestScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.palabre.accounts.entity.Account;
import org.palabre.accounts.entity.Role;
import org.palabre.categories.entity.Category;

/**
 * The one place that answers who may read and who may write in a category. Every view of the forum (lists,
 * topic pages, counts, profiles, JSON, mail) asks here, so a category someone cannot read is invisible to
 * them everywhere. A null account is a reader who is not signed in.
 */
@RequestScoped
public class CategoryPermissions {

    @PersistenceContext
    EntityManager entityManager;

    private Long groupsLoadedFor;
    private Set<Long> groupsOfAccount = Set.of();
    private List<Category> all;

    public boolean canRead(Account reader, Category given) {
        return rightsOf(reader, given).reads();
    }

    public boolean canWrite(Account writer, Category given) {
        return rightsOf(writer, given).writes();
    }

    public static boolean canManage(Account actor) {
        return actor != null && actor.isActive() && actor.has(Role.ADMIN);
    }

    /** Site moderators moderate every category; members of a category's moderator group moderate that one. */
    public boolean canModerate(Account actor, Category given) {
        return rightsOf(actor, given).moderates();
    }

    /** What the account may do in the category, with the groups this request loaded. */
    public CategoryRights rightsOf(Account account, Category given) {
        return new CategoryRights(account, loaded(given), () -> groupsOf(account));
    }

    /** The same by the category's id; in a category that does not exist, nobody may do anything. */
    public CategoryRights rightsOf(Account account, Long categoryId) {
        return new CategoryRights(account, byId(categoryId).orElse(null), () -> groupsOf(account));
    }

    public boolean canModerate(Account actor, Long categoryId) {
        return byId(categoryId).map(category -> canModerate(actor, category)).orElse(false);
    }

    /** The categories this reader may read, in display order. */
    public List<Category> readable(Account reader) {
        return all().stream().filter(category -> canRead(reader, category)).toList();
    }

    public Set<Long> readableIds(Account reader) {
        return readable(reader).stream().map(Category::id).collect(Collectors.toUnmodifiableSet());
    }

    /** Every category, loaded once per request with its groups (a handful of rows). */
    public List<Category> all() {
        if (all == null) {
            all = entityManager.createNamedQuery(Category.ALL, Category.class).getResultList();
        }
        return all;
    }

    /** Forgets the request's copy of the categories once one is added, changed or removed, so later calls see it. */
    public void reload() {
        all = null;
    }

    /**
     * The request's copy of the category, whose groups are loaded: a category reached through a topic may
     * be a lazy proxy that cannot load them outside its transaction.
     */
    private Category loaded(Category category) {
        Long id = category.id();
        return byId(id).orElse(category);
    }

    public java.util.Optional<Category> byId(Long id) {
        return all().stream().filter(c -> c.id().equals(id)).findFirst();
    }

    public boolean canRead(Account reader, Long categoryId) {
        return byId(categoryId).map(category -> canRead(reader, category)).orElse(false);
    }

    public boolean canWrite(Account writer, Long categoryId) {
        return byId(categoryId).map(category -> canWrite(writer, category)).orElse(false);
    }

    /** The groups of the account, loaded once per request and account. */
    private Set<Long> groupsOf(Account account) {
        if (!account.id().equals(groupsLoadedFor)) {
            groupsOfAccount = Set.copyOf(entityManager
                    .createQuery("SELECT m.group.id FROM GroupMembership m WHERE m.account.id = :account", Long.class)
                    .setParameter("account", account.id())
                    .getResultList());
            groupsLoadedFor = account.id();
        }
        return groupsOfAccount;
    }
}
