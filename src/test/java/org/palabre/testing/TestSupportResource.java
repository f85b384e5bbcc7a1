package org.palabre.testing;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.palabre.setup.control.SetupCode;

/**
 * Deployed only by the test suite: lets client-side tests read what a person would read in the server
 * log. Never part of palabre.war.
 */
@Path("test-support")
@jakarta.enterprise.context.RequestScoped
public class TestSupportResource {

    @Inject
    SetupCode setupCode;

    @jakarta.persistence.PersistenceContext
    jakarta.persistence.EntityManager entityManager;

    /**
     * Makes a member's account two days old, past the stricter limits of new accounts. A GET so that it needs
     * no anti-forgery token: this class is deployed by the test suite only.
     */
    @GET
    @Path("age/{username}")
    @Produces(MediaType.TEXT_PLAIN)
    @jakarta.transaction.Transactional
    public String age(@jakarta.ws.rs.PathParam("username") String username) {
        int changed = entityManager
                .createQuery("UPDATE Account a SET a.createdAt = :then WHERE a.username = :username")
                .setParameter("then", java.time.Instant.now().minus(java.time.Duration.ofDays(2)))
                .setParameter("username", username)
                .executeUpdate();
        return String.valueOf(changed);
    }

    @GET
    @Path("setup-code")
    @Produces(MediaType.TEXT_PLAIN)
    public String setupCode() {
        String code = setupCode.current();
        return code == null ? "" : code;
    }

    @Inject
    org.palabre.posts.control.PostRecooking recooking;

    /**
     * Marks a topic's posts as made by renderer version 1, then runs the start-up recooking, as after an
     * upgrade of the renderer. Returns how many posts were rendered again.
     */
    @GET
    @Path("recook/{topicId}")
    @Produces(MediaType.TEXT_PLAIN)
    @jakarta.transaction.Transactional
    public String recook(@jakarta.ws.rs.PathParam("topicId") long topicId) {
        entityManager
                .createQuery("UPDATE Post p SET p.cookedVersion = 1 WHERE p.topic.id = :topic")
                .setParameter("topic", topicId)
                .executeUpdate();
        return String.valueOf(recooking.recookAll());
    }

    @Inject
    org.palabre.notifications.control.FanOutQueue fanOutQueue;

    /** Queues a post for its watchers as its transaction does, and nothing else: as if the server stopped right after. */
    @GET
    @Path("fanout/{postId}/queue")
    @Produces(MediaType.TEXT_PLAIN)
    @jakarta.transaction.Transactional
    public String queueFanOut(
            @jakarta.ws.rs.PathParam("postId") long postId, @jakarta.ws.rs.QueryParam("minutesAgo") int minutesAgo) {
        return String.valueOf(entityManager
                .createNativeQuery("INSERT INTO notification_fanouts (post_id, created_at) " + "VALUES (:post, :at)")
                .setParameter("post", postId)
                .setParameter("at", java.time.Instant.now().minus(java.time.Duration.ofMinutes(minutesAgo)))
                .executeUpdate());
    }

    /** Whether the post's watchers are still to be told: "1" while it is queued, "0" once told. */
    @GET
    @Path("fanout/{postId}/queued")
    @Produces(MediaType.TEXT_PLAIN)
    @jakarta.transaction.Transactional
    public String fanOutQueued(@jakarta.ws.rs.PathParam("postId") long postId) {
        return String.valueOf(((Number) entityManager
                        .createNativeQuery("SELECT COUNT(*) FROM notification_fanouts WHERE post_id = :post")
                        .setParameter("post", postId)
                        .getSingleResult())
                .longValue());
    }

    /** Runs the periodic retry of the queue now; returns how many queued posts it told. */
    @GET
    @Path("fanout/retry-stale")
    @Produces(MediaType.TEXT_PLAIN)
    public String retryStaleFanOuts() {
        return String.valueOf(fanOutQueue.retryStale());
    }

    /** Replays the queue as a start-up does; returns how many queued posts were told. */
    @GET
    @Path("fanout/replay")
    @Produces(MediaType.TEXT_PLAIN)
    public String replayFanOut() {
        return String.valueOf(fanOutQueue.replay());
    }

    @Inject
    org.palabre.mailing.control.MailRendering mailRendering;

    @Inject
    org.palabre.mail.control.Mailer mailer;

    @Inject
    org.palabre.mailing.control.DigestMails digestMails;

    /**
     * Plays a mail worker that dies mid-batch: it claims the pending mails about the post (leasing them as the real
     * workers do), hands the first half to the SMTP server, and stops before marking anything. Returns one line per
     * mail it claimed and rendered: the recipient and "sent" or "unsent".
     */
    @GET
    @Path("mail/abandon-mid-batch/{postId}")
    @Produces(MediaType.TEXT_PLAIN)
    public String abandonMidBatch(@jakarta.ws.rs.PathParam("postId") long postId) throws Exception {
        java.util.List<Long> claimed = claimForDeadWorker(postId);
        java.util.List<org.palabre.mailing.control.MailRendering.Ready> ready =
                mailRendering.render(claimed, "dead-worker");
        StringBuilder lines = new StringBuilder();
        try (org.palabre.mail.control.MailDrop drop = mailer.openDrop()) {
            for (int i = 0; i < ready.size(); i++) {
                org.palabre.mailing.control.MailRendering.Ready mail = ready.get(i);
                boolean sent = i < ready.size() / 2;
                if (sent) {
                    drop.deliver(mail.message(), mail.envelopeSender());
                }
                lines.append(mail.message().getAllRecipients()[0])
                        .append(sent ? " sent" : " unsent")
                        .append('\n');
            }
        }
        return lines.toString();
    }

    @Inject
    jakarta.transaction.UserTransaction transaction;

    java.util.List<Long> claimForDeadWorker(long postId) throws Exception {
        transaction.begin();
        java.time.Instant now = java.time.Instant.now();
        entityManager
                .createNativeQuery(
                        "UPDATE mail_outbox SET send_after = :now, lease_owner = 'dead-worker', lease_until = :until, "
                                + "attempts = attempts + 1 WHERE post_id = :post AND status = :pending AND lease_owner IS NULL")
                .setParameter("pending", org.palabre.mail.entity.MailStatus.PENDING.name())
                .setParameter("now", now)
                .setParameter("until", now.plusSeconds(6))
                .setParameter("post", postId)
                .executeUpdate();
        java.util.List<Long> claimed = ((java.util.List<?>) entityManager
                        .createNativeQuery("SELECT id FROM mail_outbox WHERE post_id = :post "
                                + "AND lease_owner = 'dead-worker' ORDER BY id")
                        .setParameter("post", postId)
                        .getResultList())
                .stream().map(id -> ((Number) id).longValue()).toList();
        transaction.commit();
        return claimed;
    }

    /**
     * Holds the mails about a post back for an hour as soon as they are queued (waiting up to 10 seconds for them),
     * so a test can act while they still wait. Returns how many it held.
     */
    @GET
    @Path("mail/hold/{postId}")
    @Produces(MediaType.TEXT_PLAIN)
    public String holdMail(@jakarta.ws.rs.PathParam("postId") long postId) throws Exception {
        java.time.Instant deadline = java.time.Instant.now().plusSeconds(10);
        while (true) {
            transaction.begin();
            int held = entityManager
                    .createNativeQuery("UPDATE mail_outbox SET send_after = :later WHERE post_id = :post "
                            + "AND status = :pending AND lease_owner IS NULL")
                    .setParameter("later", java.time.Instant.now().plus(java.time.Duration.ofHours(1)))
                    .setParameter("post", postId)
                    .setParameter("pending", org.palabre.mail.entity.MailStatus.PENDING.name())
                    .executeUpdate();
            transaction.commit();
            if (held > 0 || java.time.Instant.now().isAfter(deadline)) {
                return String.valueOf(held);
            }
            Thread.sleep(50);
        }
    }

    /** The outbox rows about a post: one line "email status attempts" each. */
    @GET
    @Path("mail/outbox/{postId}")
    @Produces(MediaType.TEXT_PLAIN)
    @jakarta.transaction.Transactional
    public String outboxOf(@jakarta.ws.rs.PathParam("postId") long postId) {
        java.util.List<?> rows = entityManager
                .createNativeQuery("SELECT a.email, o.status, o.attempts, o.id FROM mail_outbox o "
                        + "JOIN accounts a ON a.id = o.recipient_id WHERE o.post_id = :post ORDER BY o.id")
                .setParameter("post", postId)
                .getResultList();
        StringBuilder lines = new StringBuilder();
        for (Object row : rows) {
            Object[] columns = (Object[]) row;
            lines.append(columns[0])
                    .append(' ')
                    .append(columns[1])
                    .append(' ')
                    .append(columns[2])
                    .append(' ')
                    .append(columns[3])
                    .append('\n');
        }
        return lines.toString();
    }

    /** The outbox rows to a member, whatever they are about: one line "purpose status attempts id" each. */
    @GET
    @Path("mail/outbox-to/{email}")
    @Produces(MediaType.TEXT_PLAIN)
    @jakarta.transaction.Transactional
    public String outboxTo(@jakarta.ws.rs.PathParam("email") String email) {
        java.util.List<?> rows = entityManager
                .createNativeQuery("SELECT o.purpose, o.status, o.attempts, o.id FROM mail_outbox o "
                        + "JOIN accounts a ON a.id = o.recipient_id WHERE a.email = :email ORDER BY o.id")
                .setParameter("email", email)
                .getResultList();
        StringBuilder lines = new StringBuilder();
        for (Object row : rows) {
            Object[] columns = (Object[]) row;
            lines.append(columns[0])
                    .append(' ')
                    .append(columns[1])
                    .append(' ')
                    .append(columns[2])
                    .append(' ')
                    .append(columns[3])
                    .append('\n');
        }
        return lines.toString();
    }

    @jakarta.annotation.Resource(lookup = "java:comp/DefaultManagedExecutorService")
    jakarta.enterprise.concurrent.ManagedExecutorService executor;

    /**
     * Plays two mail workers whose batches for one member came due a moment apart. It leases the member's
     * {@code count} pending mails (waiting up to 10 seconds for them to be queued): the first worker renders all
     * but the last and keeps its transaction open for a second and a half, while the second renders the last.
     * Returns "first N" and "second M", how many mails each would hand to the SMTP server.
     */
    @GET
    @Path("mail/render-side-by-side/{email}/{count}")
    @Produces(MediaType.TEXT_PLAIN)
    public String renderSideBySide(
            @jakarta.ws.rs.PathParam("email") String email, @jakarta.ws.rs.PathParam("count") int count)
            throws Exception {
        java.util.List<Long> pending = leasePendingTo(email, count);
        java.util.List<Long> first = pending.subList(0, pending.size() - 1);
        java.util.List<Long> second = pending.subList(pending.size() - 1, pending.size());
        transaction.begin();
        int firstReady;
        java.util.concurrent.Future<Integer> secondReady;
        try {
            firstReady = mailRendering.render(first, "side-worker-a").size();
            secondReady = executor.submit(
                    () -> mailRendering.render(second, "side-worker-b").size());
            Thread.sleep(1500);
        } finally {
            transaction.commit();
        }
        return "first " + firstReady + "\nsecond " + secondReady.get(30, java.util.concurrent.TimeUnit.SECONDS) + "\n";
    }

    private java.util.List<Long> leasePendingTo(String email, int count) throws Exception {
        java.time.Instant deadline = java.time.Instant.now().plusSeconds(10);
        while (true) {
            transaction.begin();
            java.util.List<Long> ids = ((java.util.List<?>) entityManager
                            .createNativeQuery(
                                    "SELECT o.id FROM mail_outbox o JOIN accounts a ON a.id = o.recipient_id "
                                            + "WHERE a.email = :email AND o.status = 'PENDING' AND o.lease_owner IS NULL "
                                            + "ORDER BY o.id")
                            .setParameter("email", email)
                            .getResultList())
                    .stream().map(id -> ((Number) id).longValue()).toList();
            if (ids.size() == count) {
                java.time.Instant now = java.time.Instant.now();
                for (int i = 0; i < ids.size(); i++) {
                    entityManager
                            .createNativeQuery("UPDATE mail_outbox SET send_after = :now, lease_owner = :worker, "
                                    + "lease_until = :until, attempts = attempts + 1 WHERE id = :id")
                            .setParameter("now", now)
                            .setParameter("worker", i < ids.size() - 1 ? "side-worker-a" : "side-worker-b")
                            .setParameter("until", now.plusSeconds(60))
                            .setParameter("id", ids.get(i))
                            .executeUpdate();
                }
                transaction.commit();
                return ids;
            }
            transaction.rollback();
            if (java.time.Instant.now().isAfter(deadline)) {
                throw new IllegalStateException(count + " pending mails to " + email + " expected, found " + ids);
            }
            Thread.sleep(100);
        }
    }

    @GET
    @Path("mail/digests")
    @Produces(MediaType.TEXT_PLAIN)
    public String queueDigests() {
        return String.valueOf(digestMails.queueDue());
    }

    /**
     * How many moderation log rows name this action on this target (a post's or topic's id, or an account's
     * username): lets tests check the audit trail before its own page exists.
     */
    @GET
    @Path("moderation-log/{action}/{target}")
    @Produces(MediaType.TEXT_PLAIN)
    @jakarta.transaction.Transactional
    public String moderationLog(
            @jakarta.ws.rs.PathParam("action") String action, @jakarta.ws.rs.PathParam("target") String target) {
        Long id = target.matches("[0-9]{1,18}")
                ? Long.valueOf(target)
                : entityManager
                        .createQuery("SELECT a.id FROM Account a WHERE a.usernameKey = :key", Long.class)
                        .setParameter("key", org.palabre.accounts.entity.Account.loginKey(target))
                        .getResultStream()
                        .findFirst()
                        .orElse(-1L);
        return String.valueOf(entityManager
                .createQuery(
                        "SELECT COUNT(m) FROM ModerationAction m WHERE m.action = :action "
                                + "AND m.targetId = :target",
                        Long.class)
                .setParameter(
                        "action",
                        org.palabre.moderation.entity.ModerationActionKind.named(action)
                                .orElseThrow())
                .setParameter("target", id)
                .getSingleResult());
    }

    /** Makes a group the moderators of a category (no page does it yet). */
    @GET
    @Path("category-moderators/{slug}/{group}")
    @Produces(MediaType.TEXT_PLAIN)
    @jakarta.transaction.Transactional
    public String categoryModerators(
            @jakarta.ws.rs.PathParam("slug") String slug, @jakarta.ws.rs.PathParam("group") String group) {
        Long groupId = entityManager
                .createQuery("SELECT g.id FROM MemberGroup g WHERE g.name = :name", Long.class)
                .setParameter("name", group)
                .getSingleResult();
        entityManager
                .createQuery(
                        "SELECT c FROM Category c WHERE c.slug = :slug", org.palabre.categories.entity.Category.class)
                .setParameter("slug", slug)
                .getSingleResult()
                .moderateBy(groupId);
        return "1";
    }
}
