package org.palabre.notifications.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Set;
import org.palabre.accounts.entity.Account;
import org.palabre.markdown.control.MarkdownFacts;
import org.palabre.markdown.control.MarkdownRenderer;
import org.palabre.markdown.control.MentionExtractor;
import org.palabre.mentions.control.GroupMentions;
import org.palabre.posts.control.UntoldMentions;
import org.palabre.posts.entity.Post;

/**
 * The members a post mentions who were not told, for its author to know: those who cannot read the
 * category, those beyond the per-post limit, and the groups too large to tell. Worked out again from the post rather than remembered,
 * so nobody can make a page claim it for someone else's post.
 */
@ApplicationScoped
public class UnnotifiedMentions implements UntoldMentions {

    /** Usernames, in the order mentioned. */
    public record Unnotified(List<String> cannotRead, List<String> overLimit, List<String> groupsTooLarge) {
        public boolean isEmpty() {
            return cannotRead.isEmpty() && overLimit.isEmpty() && groupsTooLarge.isEmpty();
        }
    }

    private static final Unnotified NONE = new Unnotified(List.of(), List.of(), List.of());

    @PersistenceContext
    EntityManager entityManager;

    @Inject
    Addressees addressees;

    @Inject
    GroupMentions groups;

    private final MarkdownRenderer markdown = new MarkdownRenderer();

    @Override
    @Transactional
    public boolean anyIn(Post post, MarkdownFacts facts) {
        return !of(post, post.author(), facts.mentionKeys()).isEmpty();
    }

    /** Nothing unless the reader wrote the post. */
    @Transactional
    public Unnotified in(Account reader, long topicId, int number) {
        Post post = entityManager
                .createQuery(
                        "SELECT p FROM Post p JOIN FETCH p.topic WHERE p.topic.id = :topic AND p.number = :number",
                        Post.class)
                .setParameter("topic", topicId)
                .setParameter("number", number)
                .getResultStream()
                .findFirst()
                .orElse(null);
        if (reader == null
                || post == null
                || !post.isShownToMembers()
                || !post.author().id().equals(reader.id())) {
            return NONE;
        }
        return of(post, reader, MentionExtractor.keys(markdown.parse(post.raw())));
    }

    private Unnotified of(Post post, Account reader, Set<String> keys) {
        Addressees.Mentioned mentioned = addressees.mentioned(post, reader, keys);
        List<String> groupsTooLarge = groups.tooLarge(keys, reader);
        if (mentioned.cannotRead().isEmpty() && mentioned.overLimit().isEmpty() && groupsTooLarge.isEmpty()) {
            return NONE;
        }
        Set<Long> told = Set.copyOf(entityManager
                .createQuery("SELECT n.recipient.id FROM Notification n WHERE n.post = :post", Long.class)
                .setParameter("post", post)
                .getResultList());
        return new Unnotified(
                mentioned.cannotRead().stream().map(Account::username).toList(),
                mentioned.overLimit().stream()
                        .filter(a -> !told.contains(a.id()))
                        .map(Account::username)
                        .toList(),
                groupsTooLarge);
    }
}
