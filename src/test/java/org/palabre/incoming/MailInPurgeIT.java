package org.palabre.incoming;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.palabre.accounts.entity.Account;
import org.palabre.incoming.control.MailInPurge;
import org.palabre.incoming.entity.IncomingMail;
import org.palabre.mailing.entity.ReplyKey;
import org.palabre.posts.control.PostContent;
import org.palabre.testing.ForumWriter;
import org.palabre.topics.entity.Topic;

/**
 * Inside the running Palabre: the daily purge forgets mail received longer ago than the retention (90 days by
 * default) and reply keys expired that long ago, and keeps everything younger; it is one of the recurring jobs.
 */
@ExtendWith(ArquillianExtension.class)
class MailInPurgeIT {

    @PersistenceContext
    EntityManager entityManager;

    @Resource
    UserTransaction transaction;

    @Inject
    PostContent content;

    @Inject
    MailInPurge purge;

    @Test
    void oldMailAndLongExpiredReplyKeysArePurgedAndTheRestKept() throws Exception {
        Instant now = Instant.now();
        transaction.begin();
        ForumWriter forum = new ForumWriter(entityManager, content);
        List<Account> members = forum.members("mip-ana");
        Topic topic = forum.topic(forum.category("Purge du courrier", "mip-purge"), "Vieux courriels", 1, members);
        long postId = entityManager
                .createQuery("SELECT p.id FROM Post p WHERE p.topic = :topic", Long.class)
                .setParameter("topic", topic)
                .getSingleResult();
        IncomingMail old = mail("<old-mip@example.org>");
        IncomingMail recent = mail("<recent-mip@example.org>");
        key("mip-1", members.get(0), postId, now.minus(Duration.ofDays(120)));
        key("mip-2", members.get(0), postId, now.minus(Duration.ofDays(2)));
        key("mip-3", members.get(0), postId, now.plus(Duration.ofDays(30)));
        entityManager.flush();
        entityManager
                .createNativeQuery("UPDATE incoming_mails SET received_at = ?1 WHERE id = ?2")
                .setParameter(1, java.sql.Timestamp.from(now.minus(Duration.ofDays(91))))
                .setParameter(2, old.id())
                .executeUpdate();
        entityManager
                .createNativeQuery("UPDATE incoming_mails SET received_at = ?1 WHERE id = ?2")
                .setParameter(1, java.sql.Timestamp.from(now.minus(Duration.ofDays(89))))
                .setParameter(2, recent.id())
                .executeUpdate();
        transaction.commit();

        purge.run();

        transaction.begin();
        entityManager.clear();
        assertFalse(exists(IncomingMail.class, old.id()), "a mail of 91 days is forgotten, original and all");
        assertTrue(exists(IncomingMail.class, recent.id()), "a mail of 89 days is kept");
        assertFalse(keyKept("mip-1"), "a key expired 120 days ago is gone");
        assertTrue(keyKept("mip-2"), "a key expired 2 days ago still says it expired");
        assertTrue(keyKept("mip-3"));
        assertEquals(
                1L,
                ((Number) entityManager
                                .createNativeQuery(
                                        "SELECT COUNT(*) FROM scheduled_tasks WHERE task_name = 'mail-in-purge'")
                                .getSingleResult())
                        .longValue(),
                "the purge is a recurring job, scheduled once for all servers");
        transaction.commit();
    }

    private IncomingMail mail(String messageId) {
        IncomingMail mail = new IncomingMail(
                messageId, "imap", "mip-ana@example.org", "palabre@palabre.test", "Ancien", "Subject: Ancien\r\n\r\nx");
        entityManager.persist(mail);
        return mail;
    }

    private void key(String hash, Account member, long postId, Instant expires) {
        entityManager.persist(new ReplyKey(hash, member.id(), postId, "stamp", expires));
    }

    private boolean keyKept(String hash) {
        return entityManager
                        .createQuery("SELECT COUNT(k) FROM ReplyKey k WHERE k.keyHash = :hash", Long.class)
                        .setParameter("hash", hash)
                        .getSingleResult()
                > 0;
    }

    private boolean exists(Class<?> type, Object id) {
        return entityManager.find(type, id) != null;
    }
}
