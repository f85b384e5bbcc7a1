package org.palabre.search.control;

import java.util.Set;
import java.util.stream.Collectors;
import org.palabre.accounts.entity.Account;
import org.palabre.categories.control.CategoryPermissions;
import org.palabre.categories.entity.Category;

/**
 * The categories a reader may read and those they moderate, as the categories' own rules (CategoryReading,
 * CategoryModeration, through CategoryPermissions) answer: the index filters on category ids, so a change of a
 * category's permissions takes effect at the next search, with nothing to reindex.
 */
record ReaderScope(Set<Long> readable, Set<Long> moderated) {

    static ReaderScope of(Account reader, CategoryPermissions permissions) {
        Set<Long> readable = permissions.readableIds(reader);
        Set<Long> moderated = permissions.readable(reader).stream()
                .filter(category -> permissions.canModerate(reader, category))
                .map(Category::id)
                .collect(Collectors.toUnmodifiableSet());
        return new ReaderScope(readable, moderated);
    }

    /** The readable category with this address (slug), or null: one the reader may not read is as if absent. */
    static Long readableCategory(Account reader, CategoryPermissions permissions, String slug) {
        return permissions.readable(reader).stream()
                .filter(category -> category.slug().equalsIgnoreCase(slug))
                .map(Category::id)
                .findFirst()
                .orElse(null);
    }
}
