package org.palabre.notifications.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.palabre.accounts.entity.Account;
import org.palabre.categories.control.CategoryPermissions;
import org.palabre.categories.control.CategoryRights;
import org.palabre.mentions.control.MentionedMembers;
import org.palabre.muting.control.Mutes;
import org.palabre.posts.control.PostVisibility;
import org.palabre.posts.entity.Post;

/**
 * Whom a post concerns: the members it mentions (within the per-post limit), the authors it quotes, the
 * author it answers; and whether a given member may be told at all.
 */
@ApplicationScoped
public class Addressees {

    /** The link a quote opens with, to the quoted post's permalink (posts' Quotes). */
    private static final Pattern POST_PATH = Pattern.compile("/t/[^/]+/([0-9]{1,18})/([0-9]{1,9})");

    private static final int MOST_QUOTES_READ = 10;

    /** The mentioned members who will be told, and those who will not, by reason. */
    public record Mentioned(List<Account> notified, List<Account> overLimit, List<Account> cannotRead) {}

    @PersistenceContext
    EntityManager entityManager;

    @Inject
    MentionedMembers members;

    @Inject
    CategoryPermissions categories;

    @Inject
    Mutes mutes;

    @Inject
    org.palabre.moderation.control.Trust trust;

    // Mentions notify few people per post, fewer still from new accounts: mass mentions are how spam pings.
    @Inject
    @ConfigProperty(name = "palabre.mentions.max-per-post", defaultValue = "10")
    int maxPerPost;

    @Inject
    @ConfigProperty(name = "palabre.mentions.max-per-post-new-account", defaultValue = "2")
    int maxPerPostNewAccount;

    /** The active members among the mentioned keys, in the order first mentioned, split by who will be told. */
    public Mentioned mentioned(Post post, Account actor, Set<String> keys) {
        List<Account> active = members.active(keys);
        Set<Long> muters = mutes.mutersAmong(
                active.stream().map(Account::id).toList(), List.of(post.author().id(), actor.id()));
        Long category = post.topic().categoryId();
        return mentioned(
                post,
                actor,
                List.copyOf(keys),
                active,
                muters,
                account -> categories.rightsOf(account, category),
                trust.isNew(actor) ? maxPerPostNewAccount : maxPerPost);
    }

    /**
     * The same from loaded data: the mentioned keys in the order written, the active members among them, those of
     * them who muted the author or the editor, and each member's rights in the post's category.
     */
    public static Mentioned mentioned(
            Post post,
            Account actor,
            List<String> keysInOrder,
            List<Account> active,
            Set<Long> muters,
            Function<Account, CategoryRights> rightsInCategory,
            int limit) {
        // Whoever muted the author (or the editor) is left out of every list: the author is not told who muted them.
        List<Account> mentioned = active.stream()
                .filter(account -> !isActorOrAuthor(account, post, actor) && !muters.contains(account.id()))
                .sorted(Comparator.comparingInt(account -> keysInOrder.indexOf(Account.loginKey(account.username()))))
                .toList();
        List<Account> notified = new ArrayList<>();
        List<Account> overLimit = new ArrayList<>();
        List<Account> cannotRead = new ArrayList<>();
        for (Account account : mentioned) {
            if (!rightsInCategory.apply(account).reads()) {
                cannotRead.add(account);
            } else if (notified.size() < limit) {
                notified.add(account);
            } else {
                overLimit.add(account);
            }
        }
        return new Mentioned(notified, overLimit, cannotRead);
    }

    /** The authors of the posts that this one quotes (a blockquote holding a link to a post). */
    public List<Account> quoted(Post post, List<String> quoteLinks) {
        Set<List<Long>> quotedPosts = new LinkedHashSet<>();
        for (String destination : quoteLinks) {
            Matcher path = POST_PATH.matcher(destination);
            if (path.matches() && quotedPosts.size() < MOST_QUOTES_READ) {
                quotedPosts.add(List.of(Long.valueOf(path.group(1)), Long.valueOf(path.group(2))));
            }
        }
        return quotedPosts.stream()
                .flatMap(topicAndNumber -> entityManager
                        .createQuery(
                                "SELECT p.author FROM Post p WHERE p.topic.id = :topic AND p.number = :number AND "
                                        + PostVisibility.shownToMembersJpql("p"),
                                Account.class)
                        .setParameter("topic", topicAndNumber.get(0))
                        .setParameter("number", topicAndNumber.get(1).intValue())
                        .getResultStream())
                .toList();
    }

    /** The author of the post answered, or of the topic when the reply answers the topic itself. */
    public Optional<Account> repliedTo(Post post) {
        if (post.replyTo() != null) {
            return Optional.of(post.replyTo().author());
        }
        return post.number() == 1 ? Optional.empty() : Optional.of(post.topic().author());
    }

    /** Never the one who wrote or edited the post, and otherwise as {@link MayBeTold} says. */
    public boolean mayBeTold(Account account, Post post, Account actor) {
        return mayBeTold(member(account, post), post, actor);
    }

    public static boolean mayBeTold(MayBeTold.Member member, Post post, Account actor) {
        return !isActorOrAuthor(member.account(), post, actor) && MayBeTold.holds(member, post, null);
    }

    /** What MayBeTold needs to know of this member and this post. */
    public MayBeTold.Member member(Account account, Post post) {
        return MayBeTold.Member.of(
                categories.rightsOf(account, post.topic().categoryId()),
                !mutes.mutersAmong(List.of(account.id()), List.of(post.author().id()))
                        .isEmpty());
    }

    private static boolean isActorOrAuthor(Account account, Post post, Account actor) {
        return account.id().equals(actor.id())
                || account.id().equals(post.author().id());
    }
}
