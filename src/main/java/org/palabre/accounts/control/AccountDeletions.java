package org.palabre.accounts.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.palabre.accounts.entity.Account;
import org.palabre.accounts.entity.AccountDeleted;
import org.palabre.accounts.entity.AccountDeletion;
import org.palabre.accounts.entity.AccountStatus;
import org.palabre.accounts.entity.BlockedEmail;
import org.palabre.accounts.entity.PostsChoice;
import org.palabre.accounts.entity.Role;

/**
 * A member deleting their own account: it never signs in again, its sessions and tokens end, its name and
 * address are freed, and the choice made for its posts is kept for the moderation audit log.
 */
@ApplicationScoped
public class AccountDeletions {

    @PersistenceContext
    EntityManager entityManager;

    @Inject
    PasswordConfirmation confirmation;

    @Inject
    MemberSessions sessions;

    @Inject
    ApiTokens apiTokens;

    @Inject
    AccountTokens accountTokens;

    @Inject
    AccountMails mails;

    @Inject
    Event<AccountDeleted> deleted;

    /** What is wrong per field ("password", "posts"; message keys); empty when the account is gone. */
    @Transactional
    public Map<String, String> delete(Account member, String password, String postsChoice) {
        Account account = entityManager.find(Account.class, member.id());
        Map<String, String> problems = new LinkedHashMap<>();
        if (!confirmation.confirms(account, password)) {
            problems.put("password", "preferences.password.wrong");
        }
        Optional<PostsChoice> choice = PostsChoice.fromFormValue(postsChoice);
        if (choice.isEmpty()) {
            problems.put("posts", "deletion.posts.required");
        }
        if (problems.isEmpty() && account.has(Role.ADMIN) && activeAdministrators() <= 1) {
            problems.put("password", "deletion.lastAdministrator"); // a forum nobody can administer again
        }
        if (!problems.isEmpty()) {
            return problems;
        }
        mails.accountDeleted(account, choice.get()); // to the address while the account still has it
        remove(account, choice.get());
        return problems;
    }

    /**
     * A moderator deletes a spammer: the account goes as if its owner chose to remove their posts, and its
     * address may not sign up again. No mail: the address is most likely a throwaway.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void deleteSpammer(Account spammer) {
        Account account = entityManager.find(Account.class, spammer.id());
        String email = account.email();
        remove(account, PostsChoice.REMOVE);
        if (entityManager.find(BlockedEmail.class, BlockedEmail.hashOf(email)) == null) {
            entityManager.persist(new BlockedEmail(email));
        }
    }

    private void remove(Account account, PostsChoice choice) {
        sessions.closeAll(account);
        apiTokens.revokeAll(account);
        accountTokens.deleteAll(account);
        entityManager.persist(new AccountDeletion(account.id(), choice, Instant.now()));
        deleted.fire(new AccountDeleted(account.id(), choice));
        account.delete();
    }

    private long activeAdministrators() {
        return entityManager
                .createNamedQuery(Account.COUNT_ACTIVE_WITH_ROLE, Long.class)
                .setParameter("role", Role.ADMIN)
                .setParameter("active", AccountStatus.ACTIVE)
                .getSingleResult();
    }
}
