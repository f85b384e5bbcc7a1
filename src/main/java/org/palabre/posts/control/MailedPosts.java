package org.palabre.posts.control;

import java.util.Set;

/**
 * The posts of a topic that arrived by mail, whose original message the topic's moderators may read. Mail in is
 * kept by the incoming feature above posts, which answers through this port.
 */
public interface MailedPosts {

    Set<Long> inTopic(long topicId);
}
