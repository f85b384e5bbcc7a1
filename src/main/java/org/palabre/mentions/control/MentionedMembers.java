package org.palabre.mentions.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.palabre.accounts.entity.Account;
import org.palabre.accounts.entity.AccountStatus;

/** Which mentioned names belong to active members: one query per post, whatever its number of mentions. */
@ApplicationScoped
public class MentionedMembers {

    /** Beyond this many distinct names a post's later mentions stay plain text: the query stays bounded. */
    static final int MOST_NAMES_LOOKED_UP = 200;

    @PersistenceContext
    EntityManager entityManager;

    /** The mentioned keys (lower case) that are active members, each with the username to link to. */
    public Map<String, String> usernames(Collection<String> keys) {
        if (keys.isEmpty()) {
            return Map.of();
        }
        return active(keys).stream()
                .collect(Collectors.toUnmodifiableMap(a -> Account.loginKey(a.username()), Account::username));
    }

    /** The active members among the mentioned keys, in no particular order. */
    public List<Account> active(Collection<String> keys) {
        if (keys.isEmpty()) {
            return List.of();
        }
        List<String> bounded = keys.stream().limit(MOST_NAMES_LOOKED_UP).toList();
        return entityManager
                .createQuery(
                        "SELECT a FROM Account a WHERE a.usernameKey IN :keys AND a.status = :active", Account.class)
                .setParameter("keys", bounded)
                .setParameter("active", AccountStatus.ACTIVE)
                .getResultList();
    }
}
