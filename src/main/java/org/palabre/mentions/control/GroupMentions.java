package org.palabre.mentions.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.palabre.accounts.entity.Account;
import org.palabre.accounts.entity.AccountStatus;
import org.palabre.groups.control.GroupPermissions;
import org.palabre.groups.entity.MemberGroup;
import org.palabre.markdown.control.MentionExtractor;

/**
 * {@code @collectif-lyon} mentions a whole group when its mention policy allows the author. A group larger
 * than the limit tells nobody (a mention is not a mailing list), and its author hears why.
 */
@ApplicationScoped
public class GroupMentions {

    /** The members to tell, and the names of the mentioned groups too large to tell. */
    public record Mentioned(List<Account> members, List<String> tooLarge) {}

    @PersistenceContext
    EntityManager entityManager;

    @Inject
    GroupPermissions permissions;

    @Inject
    @ConfigProperty(name = "palabre.mentions.group-max-members", defaultValue = "100")
    int maxMembers;

    /** The mentioned keys (lower case) that name a group the author may mention, each with the group's name. */
    public Map<String, String> mentionable(Collection<String> keys, Account author) {
        Map<String, String> names = new LinkedHashMap<>();
        allowed(keys, author).forEach(group -> names.put(MentionExtractor.Mention.key(group.name()), group.name()));
        return names;
    }

    /** The active members of the groups the author may mention, groups over the limit left out. */
    public Mentioned in(Collection<String> keys, Account author) {
        List<MemberGroup> groups = allowed(keys, author);
        if (groups.isEmpty()) {
            return new Mentioned(List.of(), List.of());
        }
        List<String> tooLarge = tooLarge(sizes(groups), maxMembers);
        List<Account> members = new ArrayList<>();
        for (MemberGroup group : groups) {
            if (!tooLarge.contains(group.name())) {
                members.addAll(entityManager
                        .createQuery(
                                "SELECT m.account FROM GroupMembership m WHERE m.group = :group "
                                        + "AND m.account.status = :active ORDER BY m.account.id",
                                Account.class)
                        .setParameter("group", group)
                        .setParameter("active", AccountStatus.ACTIVE)
                        .getResultList());
            }
        }
        return new Mentioned(members, tooLarge);
    }

    /** The names of the mentioned groups the author may mention but that are too large to tell. */
    public List<String> tooLarge(Collection<String> keys, Account author) {
        return tooLarge(sizes(allowed(keys, author)), maxMembers);
    }

    private Map<String, Long> sizes(List<MemberGroup> groups) {
        Map<String, Long> sizes = new LinkedHashMap<>();
        groups.forEach(group -> sizes.put(
                group.name(),
                entityManager
                        .createQuery("SELECT COUNT(m) FROM GroupMembership m WHERE m.group = :group", Long.class)
                        .setParameter("group", group)
                        .getSingleResult()));
        return sizes;
    }

    /** The groups, in the order given, with more members than allowed. */
    static List<String> tooLarge(Map<String, Long> sizes, int maxMembers) {
        return sizes.entrySet().stream()
                .filter(size -> size.getValue() > maxMembers)
                .map(Map.Entry::getKey)
                .toList();
    }

    private List<MemberGroup> allowed(Collection<String> keys, Account author) {
        if (keys.isEmpty() || author == null) {
            return List.of();
        }
        List<String> bounded =
                keys.stream().limit(MentionedMembers.MOST_NAMES_LOOKED_UP).toList();
        return entityManager
                .createQuery(
                        "SELECT g FROM MemberGroup g WHERE LOWER(g.name) IN :keys ORDER BY g.name", MemberGroup.class)
                .setParameter("keys", bounded)
                .getResultStream()
                .filter(group -> permissions.canMention(author, group))
                .toList();
    }
}
