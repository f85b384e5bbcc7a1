package org.palabre.incoming.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.time.Duration;
import org.palabre.accounts.entity.Account;
import org.palabre.categories.control.CategoryPermissions;
import org.palabre.categories.entity.Category;
import org.palabre.mailing.control.UnsubscribeLinks;
import org.palabre.mailing.control.Unsubscriptions;
import org.palabre.posts.control.PostPublisher;
import org.palabre.posts.entity.Post;
import org.palabre.security.control.RateLimits;
import org.palabre.web.control.InvalidInput;
import org.palabre.web.control.Refusal;

/**
 * What a received mail asks, done through the same calls as on the site: a reply goes through PostPublisher as a
 * web reply does (permissions, silences, closed topics, slow mode, limits, watched words, approval, mentions), and
 * unsubscribing through Unsubscriptions as the one-click link does. Each runs in a transaction of its own, so a
 * refusal leaves nothing behind; refusals are thrown as the site throws them.
 */
@ApplicationScoped
public class MailActions {

    /** Mail in per member, beside the posting limits every reply meets anyway. */
    static final RateLimits.Limit MAIL_IN = new RateLimits.Limit("mail-in", 30, Duration.ofHours(1));

    /** Mail in per sending address, member or not: what a flood from one address may cost before it is read. */
    static final RateLimits.Limit MAIL_IN_SENDER = new RateLimits.Limit("mail-in-sender", 60, Duration.ofHours(1));

    @PersistenceContext
    EntityManager entityManager;

    @Inject
    PostPublisher publisher;

    @Inject
    CategoryPermissions categories;

    @Inject
    Unsubscriptions unsubscriptions;

    @Inject
    UnsubscribeLinks links;

    @Inject
    RateLimits rateLimits;

    /**
     * Counts one mail from this address against the limit shared by every server (RateLimits); throws
     * TooManyRequests when the address sent too many.
     */
    @Transactional(TxType.REQUIRES_NEW)
    public void countSender(String address) {
        rateLimits.take(MAIL_IN_SENDER, address);
    }

    /** Counts one mail the member asks to post, before its files are taken in; throws TooManyRequests. */
    @Transactional(TxType.REQUIRES_NEW)
    public void countMember(long accountId) {
        rateLimits.take(MAIL_IN, String.valueOf(accountId));
    }

    /** Replies to the post as its member; returns the new post's id. */
    @Transactional(TxType.REQUIRES_NEW)
    public long reply(long accountId, long postId, String text) {
        Account author = entityManager.find(Account.class, accountId);
        Post parent = entityManager.find(Post.class, postId);
        if (author == null || parent == null) {
            throw Refusal.notFound();
        }
        return published(publisher.reply(author, parent.topic().id(), parent.number(), text));
    }

    /** Starts a topic in the category as the member; returns the first post's id. */
    @Transactional(TxType.REQUIRES_NEW)
    public long startTopic(long accountId, long categoryId, String title, String text) {
        Account author = entityManager.find(Account.class, accountId);
        Category category = categories.byId(categoryId).orElseThrow(Refusal::notFound);
        return published(publisher.startTopic(author, category, title, text));
    }

    /** Does what the token's one-click link does; false when the token is not a valid one. */
    @Transactional(TxType.REQUIRES_NEW)
    public boolean unsubscribe(String token) {
        return links.read(token)
                .map(request -> {
                    unsubscriptions.apply(request);
                    return true;
                })
                .orElse(false);
    }

    private static long published(PostPublisher.Published published) {
        if (published.refused()) {
            throw new InvalidInput(published.problems(), published.argument());
        }
        return published.post().id();
    }
}
