package org.palabre.accounts.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.palabre.accounts.entity.Account;
import org.palabre.accounts.entity.UsernameSkeleton;

/**
 * Whether a name already stands for someone or something else, compared by look-alike skeleton: another member's
 * username or display name, a name a feature above holds (a group, through {@link ReservedNames}), or a word that
 * reads as the forum's own staff. Usernames and display names both answer to it, so that no member can be taken
 * for another, or for the administrators, by either.
 */
@ApplicationScoped
public class NameClaims {

    /** Names that read as the forum speaking, in both languages, with and without accents. */
    static final Set<String> STAFF_SKELETONS = List.of(
                    "admin",
                    "administrator",
                    "administrateur",
                    "administratrice",
                    "moderator",
                    "moderateur",
                    "modérateur",
                    "moderatrice",
                    "modératrice",
                    "moderation",
                    "modération",
                    "staff",
                    "system",
                    "systeme",
                    "système",
                    "root",
                    "webmaster",
                    "postmaster",
                    "abuse",
                    "palabre")
            .stream()
            .map(UsernameSkeleton::of)
            .collect(Collectors.toUnmodifiableSet());

    @PersistenceContext
    EntityManager entityManager;

    @Inject
    Instance<ReservedNames> reservedNames;

    @Inject
    @ConfigProperty(name = "palabre.site.name", defaultValue = "Palabre")
    String siteName;

    /** Whether a new member may not take this username. */
    public boolean isTakenAsUsername(String username) {
        String skeleton = UsernameSkeleton.of(username);
        return !accounts(Account.BY_SKELETON, skeleton).isEmpty()
                || !accounts(Account.BY_DISPLAY_NAME_SKELETON, skeleton).isEmpty()
                || isReserved(skeleton);
    }

    /** Whether the member may not show this display name; looking like their own username is fine. */
    public boolean isTakenAsDisplayName(Account member, String displayName) {
        String skeleton = UsernameSkeleton.of(displayName);
        if (skeleton.equals(member.usernameSkeleton())) {
            return false;
        }
        return !accounts(Account.BY_SKELETON, skeleton).isEmpty()
                || accounts(Account.BY_DISPLAY_NAME_SKELETON, skeleton).stream()
                        .anyMatch(other -> !Objects.equals(other.id(), member.id()))
                || isReserved(skeleton);
    }

    /** Reserved whoever asks: staff words, the forum's name, names held above (groups). */
    boolean isReserved(String skeleton) {
        return STAFF_SKELETONS.contains(skeleton)
                || skeleton.equals(UsernameSkeleton.of(siteName))
                || reservedNames.stream().anyMatch(names -> names.isTaken(skeleton));
    }

    private List<Account> accounts(String query, String skeleton) {
        return entityManager
                .createNamedQuery(query, Account.class)
                .setParameter("skeleton", skeleton)
                .setMaxResults(2)
                .getResultList();
    }
}
