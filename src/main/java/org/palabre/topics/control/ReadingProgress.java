package org.palabre.topics.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.palabre.accounts.entity.Account;
import org.palabre.database.control.Upserts;

/**
 * Remembers how far each member has read each topic (table topic_reads): the unread counts of the topic lists
 * come from it. Plain rows rather than an entity, written so that two tabs of the same member reading at once
 * cannot collide on the row's creation.
 */
@ApplicationScoped
public class ReadingProgress {

    @Inject
    Upserts upserts;

    /** The member has seen the topic up to this post number; reading back never lowers it. */
    @Transactional
    public void seen(Account reader, long topicId, int number) {
        upserts.insert("topic_reads")
                .key("account_id", reader.id())
                .key("topic_id", topicId)
                .orRaise("last_read_number", number);
    }
}
