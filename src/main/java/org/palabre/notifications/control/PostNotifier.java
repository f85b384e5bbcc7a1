package org.palabre.notifications.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.palabre.accounts.entity.Account;
import org.palabre.markdown.control.MarkdownFacts;
import org.palabre.markdown.control.MarkdownRenderer;
import org.palabre.markdown.control.MentionExtractor;
import org.palabre.mentions.control.GroupMentions;
import org.palabre.muting.control.Mutes;
import org.palabre.notifications.entity.Notification;
import org.palabre.notifications.entity.NotificationKind;
import org.palabre.notifications.entity.NotificationsWritten;
import org.palabre.posts.entity.Post;
import org.palabre.posts.entity.PostEdited;
import org.palabre.posts.entity.PostPublished;
import org.palabre.watching.control.Watches;
import org.palabre.watching.entity.WatchLevel;

/**
 * Tells members about a post that mentions them or their group, quotes or answers them (in a topic they muted, only a
 * mention by name; from a member they muted, nothing). It observes the post's events inside
 * the post's own transaction, so a saved post never misses its notifications and a refused one sends none.
 * Request context: permissions are request-scoped, and a post may also be made outside any HTTP request.
 */
@ApplicationScoped
public class PostNotifier {

    @PersistenceContext
    EntityManager entityManager;

    @Inject
    Addressees addressees;

    @Inject
    Event<NotificationsWritten> written;

    @Inject
    Watches watches;

    @Inject
    GroupMentions groups;

    @Inject
    Mutes mutes;

    private final MarkdownRenderer markdown = new MarkdownRenderer();

    @ActivateRequestContext
    void published(@Observes PostPublished event) {
        Post post = entityManager.find(Post.class, event.postId());
        // Cooked in this transaction, the facts come with the event; a held post approved later is read again.
        MarkdownFacts facts = event.facts() != null ? event.facts() : MarkdownFacts.of(markdown.parse(post.raw()));
        Map<Long, Addressee> recipients = new LinkedHashMap<>();
        Set<String> keys = facts.mentionKeys();
        Addressees.Mentioned mentioned = addressees.mentioned(post, post.author(), keys);
        mentioned
                .notified()
                .forEach(account ->
                        recipients.putIfAbsent(account.id(), new Addressee(account, NotificationKind.MENTIONED)));
        addressees
                .quoted(post, facts.quoteLinks())
                .forEach(account ->
                        recipients.putIfAbsent(account.id(), new Addressee(account, NotificationKind.QUOTED)));
        addressees
                .repliedTo(post)
                .ifPresent(account ->
                        recipients.putIfAbsent(account.id(), new Addressee(account, NotificationKind.REPLIED)));
        groups.in(keys, post.author())
                .members()
                .forEach(account ->
                        recipients.putIfAbsent(account.id(), new Addressee(account, NotificationKind.GROUP_MENTIONED)));
        Set<Long> muters =
                mutes.mutersAmong(recipients.keySet(), List.of(post.author().id()));
        // Only a mention of them by name reaches a member in a topic they muted.
        notify(
                post,
                post.author(),
                recipients.values().stream()
                        .filter(a -> !muters.contains(a.account().id()))
                        .filter(a -> addressees.mayBeTold(a.account(), post, post.author()))
                        .filter(a -> a.kind() == NotificationKind.MENTIONED
                                || watches.level(
                                                a.account().id(),
                                                Watches.Subject.TOPIC,
                                                post.topic().id())
                                        != WatchLevel.MUTED)
                        .toList());
    }

    /**
     * Only members whom the edit mentions for the first time, or whose group it mentions for the first time, hear
     * of it; the others were told already. Whether a group may be mentioned depends on the post's author, as shown.
     */
    @ActivateRequestContext
    void edited(@Observes PostEdited event) {
        Post post = entityManager.find(Post.class, event.postId());
        if (!post.isShownToMembers()) {
            return; // a post held for approval tells nobody, edited or not, until it is approved
        }
        Account editor = entityManager.find(Account.class, event.editorId());
        Set<String> before = MentionExtractor.keys(markdown.parse(event.previousRaw()));
        Set<String> after = event.facts().mentionKeys();
        Addressees.Mentioned mentioned = addressees.mentioned(post, editor, after);
        Map<Long, Addressee> recipients = new LinkedHashMap<>();
        mentioned.notified().stream()
                .filter(account -> !before.contains(Account.loginKey(account.username())))
                .forEach(account ->
                        recipients.putIfAbsent(account.id(), new Addressee(account, NotificationKind.MENTIONED)));
        Set<String> newlyMentioned = new LinkedHashSet<>(after);
        newlyMentioned.removeAll(before);
        groups.in(newlyMentioned, post.author())
                .members()
                .forEach(account ->
                        recipients.putIfAbsent(account.id(), new Addressee(account, NotificationKind.GROUP_MENTIONED)));
        Set<Long> muters =
                mutes.mutersAmong(recipients.keySet(), List.of(post.author().id(), editor.id()));
        notify(
                post,
                editor,
                recipients.values().stream()
                        .filter(a -> !muters.contains(a.account().id()))
                        .filter(a -> addressees.mayBeTold(a.account(), post, editor))
                        .filter(a -> a.kind() == NotificationKind.MENTIONED
                                || watches.level(
                                                a.account().id(),
                                                Watches.Subject.TOPIC,
                                                post.topic().id())
                                        != WatchLevel.MUTED)
                        .toList());
    }

    private void notify(Post post, Account actor, List<Addressee> recipients) {
        write(post, actor, recipients);
        written.fire(new NotificationsWritten(post.id()));
    }

    private void write(Post post, Account actor, List<Addressee> recipients) {
        Set<Long> already = Set.copyOf(entityManager
                .createQuery("SELECT n.recipient.id FROM Notification n WHERE n.post = :post", Long.class)
                .setParameter("post", post)
                .getResultList());
        recipients.stream()
                .filter(r -> !already.contains(r.account().id()))
                .forEach(r -> entityManager.persist(new Notification(r.account(), r.kind(), post, actor)));
    }

    record Addressee(Account account, NotificationKind kind) {}
}
