package org.palabre.posts.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import org.palabre.accounts.entity.Account;
import org.palabre.accounts.entity.Role;
import org.palabre.security.control.RateLimits;
import org.palabre.security.control.RateLimits.Limit;

/**
 * How often a member may start topics and post. Accounts younger than a day get stricter limits: that is
 * when spam and raids come. Each limit can be changed by configuration ({@code palabre.limits.<action>}).
 * Moderators and administrators are not limited, as on Discourse: they answer raids and must not be slowed by them.
 */
@ApplicationScoped
public class PostingLimits {

    static final Limit TOPIC = new Limit("topic", 1, Duration.ofSeconds(15));
    static final Limit TOPIC_NEW_ACCOUNT = new Limit("topic-new-account", 1, Duration.ofSeconds(120));
    static final Limit POST = new Limit("post", 1, Duration.ofSeconds(5));
    static final Limit POST_NEW_ACCOUNT = new Limit("post-new-account", 1, Duration.ofSeconds(30));

    @Inject
    RateLimits rateLimits;

    // New as moderation sees it: a moderator's trust, or enough approved posts, lifts the stricter limits too.
    @Inject
    PostScreening screening;

    /** Throws TooManyRequests, with the wait, when the member started a topic too recently. */
    public void takeTopic(Account author) {
        if (author.has(Role.MODERATOR)) {
            return;
        }
        rateLimits.take(
                screening.isNewMember(author) ? TOPIC_NEW_ACCOUNT : TOPIC,
                author.id().toString());
    }

    public void takePost(Account author) {
        if (author.has(Role.MODERATOR)) {
            return;
        }
        rateLimits.take(
                screening.isNewMember(author) ? POST_NEW_ACCOUNT : POST,
                author.id().toString());
    }
}
