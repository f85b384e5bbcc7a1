package org.palabre.notifications.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.MultivaluedMap;
import java.util.Map;
import org.palabre.accounts.entity.Account;
import org.palabre.notifications.control.UnnotifiedMentions;
import org.palabre.posts.boundary.ComposerPages;
import org.palabre.posts.boundary.TopicPageSection;
import org.palabre.topics.entity.Topic;

/**
 * After publishing, the composer sends its author to the topic page with the post's number: the page then tells
 * them whom the post's mentions did not reach.
 */
@ApplicationScoped
public class UntoldMentionsOnTopicPage implements TopicPageSection {

    @Inject
    UnnotifiedMentions unnotified;

    @Override
    public void addTo(Map<String, Object> model, Account reader, Topic topic, MultivaluedMap<String, String> query) {
        String number = query.getFirst(ComposerPages.UNNOTIFIED);
        if (number == null || !number.matches("[0-9]{1,9}")) {
            return;
        }
        UnnotifiedMentions.Unnotified notTold = unnotified.in(reader, topic.id(), Integer.parseInt(number));
        if (!notTold.isEmpty()) {
            model.put("unnotified", notTold);
        }
    }
}
