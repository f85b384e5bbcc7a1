package org.palabre.testing;

import java.lang.reflect.Field;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.palabre.accounts.entity.Account;
import org.palabre.accounts.entity.Role;
import org.palabre.categories.control.CategoryRights;
import org.palabre.categories.entity.Access;
import org.palabre.categories.entity.Category;
import org.palabre.posts.entity.Cooked;
import org.palabre.posts.entity.Post;
import org.palabre.topics.entity.Topic;
import org.palabre.topics.entity.TopicTitle;

/**
 * The people and places of a small forum, built from the real entities with the ids the database would give them,
 * for the rules that decide from loaded data: a visitor (null), members, a member of the organisers' group, a
 * member of the moderation team that keeps every category, site staff, and accounts that are not active.
 */
public final class Cast {

    public static final long ORGANISERS = 100;
    public static final long MODERATION_TEAM = 200;

    public static final Account VISITOR = null;
    public static final Account MEMBER = saved(member("Camille"), 1);
    public static final Account AUTHOR = saved(member("Zoé"), 2);
    public static final Account ORGANISER = saved(member("Yanis"), 3);
    public static final Account CATEGORY_MODERATOR = saved(member("Malik"), 4);
    public static final Account SITE_MODERATOR =
            saved(new Account("Odile", "odile@collectif.test", "hash", Role.MODERATOR), 5);
    public static final Account ADMIN = saved(new Account("Anouk", "anouk@collectif.test", "hash", Role.ADMIN), 6);
    /** Signed up, address not verified yet. */
    public static final Account UNVERIFIED =
            saved(Account.signedUp("Basile", "basile@collectif.test", "hash", "fr"), 7);

    public static final Account DELETED_MODERATOR = deletedModerator();

    private static final Map<Long, Set<Long>> GROUPS =
            Map.of(ORGANISER.id(), Set.of(ORGANISERS), CATEGORY_MODERATOR.id(), Set.of(MODERATION_TEAM));

    private Cast() {}

    /** Open to everyone, written by members. */
    public static Category publicCategory() {
        return moderated(saved(new Category("Annonces", "annonces"), 10));
    }

    /** Read and written by signed-in members only. */
    public static Category membersCategory() {
        Category category = saved(new Category("Entre nous", "entre-nous"), 11);
        category.allow(Access.MEMBERS, Set.of(), Access.MEMBERS, Set.of());
        return moderated(category);
    }

    /** Read and written by the organisers' group only. */
    public static Category organisersCategory() {
        Category category = saved(new Category("Coordination", "coordination"), 12);
        category.allow(Access.GROUPS, Set.of(ORGANISERS), Access.GROUPS, Set.of(ORGANISERS));
        return moderated(category);
    }

    /** Read by everyone, written by the organisers only: announcements members follow. */
    public static Category organisersWriteCategory() {
        Category category = saved(new Category("Communiqués", "communiques"), 13);
        category.allow(Access.EVERYONE, Set.of(), Access.GROUPS, Set.of(ORGANISERS));
        return moderated(category);
    }

    /** A member account, active, with the given id; new, since it was created just now. */
    public static Account member(String name, long id) {
        return saved(member(name), id);
    }

    /** The groups the account belongs to, as the database would answer. */
    public static Set<Long> groupsOf(Account account) {
        return account == null ? Set.of() : GROUPS.getOrDefault(account.id(), Set.of());
    }

    /** The account's rights in the category, with its groups from this cast. */
    public static CategoryRights rights(Account account, Category category) {
        return new CategoryRights(account, category, () -> groupsOf(account));
    }

    public static Topic topic(Category category, Account author) {
        return saved(new Topic(category, TopicTitle.of("Réunion de jeudi"), author), 50);
    }

    public static Post post(Topic topic, Account author) {
        return new Post(topic, author, null, new Cooked("texte", "<p>texte</p>", 1));
    }

    public static Post heldPost(Topic topic, Account author) {
        return new Post(topic, author, null, new Cooked("texte", "<p>texte</p>", 1), true);
    }

    /** Gives the entity the id the database would have given it. */
    public static <T> T saved(T entity, long id) {
        try {
            Field field = entity.getClass().getDeclaredField("id");
            field.setAccessible(true);
            field.set(entity, id);
            return entity;
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Account member(String name) {
        return new Account(name, name.toLowerCase(Locale.ROOT) + "@collectif.test", "hash", Role.MEMBER);
    }

    private static Category moderated(Category category) {
        category.moderateBy(MODERATION_TEAM);
        return category;
    }

    private static Account deletedModerator() {
        Account account = saved(new Account("Jules", "jules@collectif.test", "hash", Role.MODERATOR), 8);
        account.delete();
        return account;
    }
}
