package org.palabre.mentions.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.palabre.accounts.entity.Account;
import org.palabre.accounts.entity.AccountStatus;
import org.palabre.groups.control.GroupPermissions;
import org.palabre.groups.entity.MemberGroup;
import org.palabre.markdown.control.MentionExtractor;

/**
 * The names a composer may offer after an @: active members, and the groups this author may mention (a group
 * whose policy refuses them would stay plain text), whose name starts with what was typed.
 */
@ApplicationScoped
public class NameSuggestions {

    public static final int MOST = 8;

    /** A name to offer: a member's username and display name, or a group's name. */
    public record Suggestion(String username, String displayName, boolean group) {}

    @PersistenceContext
    EntityManager entityManager;

    @Inject
    GroupPermissions groupPermissions;

    /** Up to {@link #MOST} names starting with the prefix (any case), in alphabetical order; none for a prefix no name has. */
    @Transactional
    public List<Suggestion> startingWith(Account author, String typed) {
        if (typed == null || typed.isBlank() || typed.length() > MentionExtractor.LONGEST) {
            return List.of();
        }
        String pattern = likeEscaped(MentionExtractor.Mention.key(typed.strip())) + "%";
        Stream<Suggestion> members = entityManager
                .createQuery(
                        "SELECT a FROM Account a WHERE a.usernameKey LIKE :prefix ESCAPE '\\' "
                                + "AND a.status = :active ORDER BY a.usernameKey",
                        Account.class)
                .setParameter("prefix", pattern)
                .setParameter("active", AccountStatus.ACTIVE)
                .setMaxResults(MOST)
                .getResultStream()
                .map(account -> new Suggestion(account.username(), account.displayName(), false));
        Stream<Suggestion> groups = entityManager
                .createQuery(
                        "SELECT g FROM MemberGroup g WHERE LOWER(g.name) LIKE :prefix ESCAPE '\\' " + "ORDER BY g.name",
                        MemberGroup.class)
                .setParameter("prefix", pattern)
                .setMaxResults(MOST)
                .getResultStream()
                .filter(group -> groupPermissions.canMention(author, group))
                .map(group -> new Suggestion(group.name(), group.name(), true));
        return Stream.concat(members, groups)
                .sorted(Comparator.comparing(s -> MentionExtractor.Mention.key(s.username())))
                .limit(MOST)
                .toList();
    }

    static String likeEscaped(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
