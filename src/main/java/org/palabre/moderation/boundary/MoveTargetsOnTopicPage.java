package org.palabre.moderation.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.MultivaluedMap;
import java.util.Map;
import org.palabre.accounts.entity.Account;
import org.palabre.moderation.control.ModerationPermissions;
import org.palabre.posts.boundary.TopicPageSection;
import org.palabre.topics.entity.Topic;

/** The categories a moderator may move the topic into, for the moderation menu's list: nobody types a slug. */
@ApplicationScoped
public class MoveTargetsOnTopicPage implements TopicPageSection {

    @Inject
    ModerationPermissions permissions;

    @Override
    public void addTo(Map<String, Object> model, Account reader, Topic topic, MultivaluedMap<String, String> query) {
        if (reader != null && permissions.canModerate(reader, topic)) {
            model.put("moveTargets", permissions.moveTargets(reader, topic));
        }
    }
}
