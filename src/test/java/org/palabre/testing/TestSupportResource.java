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
        int changed = entityManager.createQuery("UPDATE Account a SET a.createdAt = :then WHERE a.username = :username")
                .setParameter("then", java.time.Instant.now().minus(java.time.Duration.ofDays(2)))
                .setParameter("username", username).executeUpdate();
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
        entityManager.createQuery("UPDATE Post p SET p.cookedVersion = 1 WHERE p.topic.id = :topic")
                .setParameter("topic", topicId).executeUpdate();
        return String.valueOf(recooking.recookAll());
    }

    @Inject
    org.palabre.notifications.control.FanOutQueue fanOutQueue;

    /** Queues a post for its watchers as its transaction does, and nothing else: as if the server stopped right after. */
    @GET
    @Path("fanout/{postId}/queue")
    @Produces(MediaType.TEXT_PLAIN)
    @jakarta.transaction.Transactional
    public String queueFanOut(@jakarta.ws.rs.PathParam("postId") long postId, @jakarta.ws.rs.QueryParam("minutesAgo") int minutesAgo) {
        return String.valueOf(entityManager.createNativeQuery("INSERT INTO notification_fanouts (post_id, created_at) "
                + "VALUES (:post, :at)").setParameter("post", postId)
                .setParameter("at", java.time.Instant.now().minus(java.time.Duration.ofMinutes(minutesAgo))).executeUpdate());
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

    /** Makes a group the moderators of a category (no page does it yet). */
    @GET
    @Path("category-moderators/{slug}/{group}")
    @Produces(MediaType.TEXT_PLAIN)
    @jakarta.transaction.Transactional
    public String categoryModerators(@jakarta.ws.rs.PathParam("slug") String slug, @jakarta.ws.rs.PathParam("group") String group) {
        Long groupId = entityManager.createQuery("SELECT g.id FROM MemberGroup g WHERE g.name = :name", Long.class)
                .setParameter("name", group).getSingleResult();
        entityManager.createQuery("SELECT c FROM Category c WHERE c.slug = :slug", org.palabre.categories.entity.Category.class)
                .setParameter("slug", slug).getSingleResult().moderateBy(groupId);
        return "1";
    }
}
