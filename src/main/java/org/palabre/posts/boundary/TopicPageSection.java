package org.palabre.posts.boundary;

import jakarta.ws.rs.core.MultivaluedMap;
import java.util.Map;
import org.palabre.accounts.entity.Account;
import org.palabre.topics.entity.Topic;

/**
 * A part of a topic's page that a feature above posts contributes: the reader's watch level, or the mentions of
 * their new post that reached nobody.
 */
public interface TopicPageSection {

    /** {@code reader} is null for visitors; {@code query} is the page's query string, as asked. */
    void addTo(Map<String, Object> model, Account reader, Topic topic, MultivaluedMap<String, String> query);
}
