package org.palabre.watching.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.MultivaluedMap;
import java.util.Map;
import org.palabre.accounts.entity.Account;
import org.palabre.categories.entity.Category;
import org.palabre.posts.boundary.CategoryPageSection;
import org.palabre.posts.boundary.TopicPageSection;
import org.palabre.topics.entity.Topic;
import org.palabre.watching.control.Watches;

/** The signed-in reader's watch level, with its menu, on topic and category pages. */
@ApplicationScoped
public class WatchLevelOnPages implements TopicPageSection, CategoryPageSection {

    @Inject
    Watches watches;

    @Override
    public void addTo(Map<String, Object> model, Account reader, Topic topic, MultivaluedMap<String, String> query) {
        if (reader != null) {
            model.put("watchLevel", watches.effectiveTopicLevel(reader.id(), topic.id()));
        }
    }

    @Override
    public void addTo(Map<String, Object> model, Account reader, Category category) {
        if (reader != null) {
            model.put("watchLevel", watches.level(reader.id(), Watches.Subject.CATEGORY, category.id()));
        }
    }
}
