package org.palabre.categories.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.palabre.accounts.entity.Account;
import org.palabre.categories.entity.Access;
import org.palabre.categories.entity.Category;
import org.palabre.categories.entity.CategoryChanged;
import org.palabre.groups.control.Groups;
import org.palabre.web.control.Refusal;
import org.palabre.web.control.ShownText;

/** Creating and changing categories (administrators), and finding the ones a reader may see. */
@ApplicationScoped
public class Categories {

    private static final Pattern SLUG = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    private static final Pattern COLOUR = Pattern.compile("#[0-9a-fA-F]{6}");

    /** A category as an administrator fills it in; group names are those of existing groups. */
    public record Form(
            String name,
            String slug,
            String description,
            String colour,
            String position,
            String readAccess,
            List<String> readGroups,
            String writeAccess,
            List<String> writeGroups) {}

    @PersistenceContext
    EntityManager entityManager;

    @Inject
    Event<CategoryChanged> changed;

    @Inject
    CategoryPermissions permissions;

    @Inject
    Groups groups;

    /** The category with this address if the reader may read it; otherwise nothing, as if it did not exist. */
    @Transactional
    public Optional<Category> readable(Account reader, String slug) {
        return permissions.all().stream()
                .filter(c -> c.slug().equals(slug) && permissions.canRead(reader, c))
                .findFirst();
    }

    @Transactional
    public Optional<Category> find(String slug) {
        return permissions.all().stream().filter(c -> c.slug().equals(slug)).findFirst();
    }

    /** The number of topics per category, for the categories this reader may read. */
    @Transactional
    public Map<Long, Long> topicCounts(Account reader) {
        Set<Long> readable = permissions.readableIds(reader);
        Map<Long, Long> counts = new LinkedHashMap<>();
        if (readable.isEmpty()) {
            return counts;
        }
        entityManager
                .createQuery(
                        "SELECT t.category.id, COUNT(t) FROM Topic t WHERE t.category.id IN :readable GROUP BY t.category.id",
                        Object[].class)
                .setParameter("readable", readable)
                .getResultStream()
                .forEach(row -> counts.put((Long) row[0], (Long) row[1]));
        return counts;
    }

    /** Problems per field (message keys); empty when the category was made. */
    @Transactional
    public Map<String, String> create(Account actor, Form form) {
        requireManager(actor);
        Map<String, String> problems = problems(form, null);
        if (problems.isEmpty()) {
            Category category = new Category(form.name().strip(), form.slug().strip());
            entityManager.persist(category);
            entityManager.flush();
            apply(category, form);
            changed.fire(
                    new CategoryChanged(actor.id(), category.id(), category.slug(), CategoryChanged.Change.CREATED));
            // The checks above loaded the request's copy of the categories without this one: without a
            // reload, the API's answer (the category just made) was a 404.
            permissions.reload();
        }
        return problems;
    }

    @Transactional
    public Map<String, String> update(Account actor, Category category, Form form) {
        requireManager(actor);
        Map<String, String> problems = problems(form, category);
        if (problems.isEmpty()) {
            Category merged = entityManager.merge(category);
            apply(merged, form);
            changed.fire(new CategoryChanged(actor.id(), merged.id(), merged.slug(), CategoryChanged.Change.CHANGED));
            permissions.reload();
        }
        return problems;
    }

    @Transactional
    public boolean delete(Account actor, Category category) {
        requireManager(actor);
        long topics = entityManager
                .createQuery("SELECT COUNT(t) FROM Topic t WHERE t.category.id = :id", Long.class)
                .setParameter("id", category.id())
                .getSingleResult();
        if (topics > 0) {
            return false;
        }
        changed.fire(new CategoryChanged(actor.id(), category.id(), category.slug(), CategoryChanged.Change.DELETED));
        entityManager.remove(entityManager.merge(category));
        permissions.reload();
        return true;
    }

    private void apply(Category category, Form form) {
        category.describe(
                form.name().strip(),
                form.slug().strip(),
                form.description(),
                form.colour().strip().toLowerCase(),
                parsePosition(form.position()));
        category.allow(
                Access.valueOf(form.readAccess()),
                groupIds(form.readGroups()),
                Access.valueOf(form.writeAccess()),
                groupIds(form.writeGroups()));
    }

    private Map<String, String> problems(Form form, Category existing) {
        Map<String, String> problems = new LinkedHashMap<>();
        if (form.name() == null
                || form.name().isBlank()
                || form.name().strip().length() > 50
                || form.name().chars().anyMatch(Character::isISOControl)) {
            problems.put("name", "categories.name.invalid");
        } else if (ShownText.hasHiddenCharacters(form.name())) {
            problems.put("name", "categories.name.hidden");
        }
        String slug = form.slug() == null ? "" : form.slug().strip();
        if (slug.length() > 50 || !SLUG.matcher(slug).matches()) {
            problems.put("slug", "categories.slug.invalid");
        } else if (find(slug)
                .filter(other -> existing == null || !other.id().equals(existing.id()))
                .isPresent()) {
            problems.put("slug", "categories.slug.taken");
        }
        if (form.description() != null && form.description().strip().length() > 500) {
            problems.put("description", "categories.description.invalid");
        }
        if (form.colour() == null || !COLOUR.matcher(form.colour().strip()).matches()) {
            problems.put("colour", "categories.colour.invalid");
        }
        if (parsePosition(form.position()) == Integer.MIN_VALUE) {
            problems.put("position", "categories.position.invalid");
        }
        if (!isOneOf(form.readAccess(), Access.values())) {
            problems.put("readAccess", "categories.access.invalid");
        }
        if (!isOneOf(form.writeAccess(), Access.MEMBERS, Access.GROUPS)) {
            problems.put("writeAccess", "categories.access.invalid");
        }
        if (unknownGroup(form.readGroups()) || unknownGroup(form.writeGroups())) {
            problems.put("groups", "categories.groups.unknown");
        }
        return problems;
    }

    private boolean unknownGroup(List<String> names) {
        return names != null
                && names.stream()
                        .filter(n -> n != null && !n.isBlank())
                        .anyMatch(n -> groups.find(n).isEmpty());
    }

    private Set<Long> groupIds(List<String> names) {
        Set<Long> ids = new LinkedHashSet<>();
        if (names != null) {
            names.stream()
                    .filter(n -> n != null && !n.isBlank())
                    .forEach(n -> groups.find(n).ifPresent(g -> ids.add(g.id())));
        }
        return ids;
    }

    private static boolean isOneOf(String value, Access... allowed) {
        for (Access access : allowed) {
            if (access.name().equals(value)) {
                return true;
            }
        }
        return false;
    }

    private static int parsePosition(String position) {
        try {
            int value = Integer.parseInt(position == null || position.isBlank() ? "0" : position.strip());
            return value < -1000 || value > 1000 ? Integer.MIN_VALUE : value;
        } catch (NumberFormatException e) {
            return Integer.MIN_VALUE;
        }
    }

    private void requireManager(Account actor) {
        if (!CategoryPermissions.canManage(actor)) {
            throw Refusal.forbidden("access.forbidden");
        }
    }
}
