package org.palabre.posts.boundary;

import java.util.Map;
import org.palabre.accounts.entity.Account;
import org.palabre.categories.entity.Category;

/** A part of a category's page that a feature above posts contributes, such as the reader's watch level. */
public interface CategoryPageSection {

    /** {@code reader} is null for visitors. */
    void addTo(Map<String, Object> model, Account reader, Category category);
}
