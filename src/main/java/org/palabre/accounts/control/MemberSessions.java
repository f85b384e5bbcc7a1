package org.palabre.accounts.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.palabre.accounts.entity.Account;
import org.palabre.accounts.entity.MemberSession;
import org.palabre.accounts.entity.SessionsClosed;
import org.palabre.security.control.SecretTokens;

/**
 * Signed-in sessions kept in the database rather than in server memory: they survive restarts, work
 * across several Palabre instances, and can be ended from anywhere (sign-out, password change).
 */
@ApplicationScoped
public class MemberSessions {

    /** A session that is not remembered ends with the browser, and at the latest after this. */
    public static final Duration BROWSER_SESSION = Duration.ofHours(12);

    public static final Duration REMEMBERED = Duration.ofDays(60);

    @PersistenceContext
    EntityManager entityManager;

    @Inject
    Event<SessionsClosed> closed;

    /** Opens a session and returns the token for the cookie; only its hash is stored. */
    @Transactional
    public String open(Account account, boolean remember) {
        String token = SecretTokens.generate();
        deleteExpired(); // housekeeping where sessions are made, so the table never grows unbounded
        entityManager.persist(
                new MemberSession(hash(token), entityManager.merge(account), remember ? REMEMBERED : BROWSER_SESSION));
        return token;
    }

    @Transactional
    public Optional<Account> accountFor(String token) {
        if (token == null || token.length() != SecretTokens.LENGTH) {
            return Optional.empty();
        }
        return entityManager
                .createNamedQuery(MemberSession.LIVE_BY_TOKEN_HASH, MemberSession.class)
                .setParameter("hash", hash(token))
                .setParameter("now", Instant.now())
                .getResultStream()
                .findFirst()
                .map(MemberSession::account);
    }

    @Transactional
    public void close(String token) {
        accountFor(token).ifPresent(account -> closed.fire(new SessionsClosed(account.id())));
        entityManager
                .createNamedQuery(MemberSession.DELETE_BY_TOKEN_HASH)
                .setParameter("hash", hash(token))
                .executeUpdate();
    }

    /** Ends every session of the account, in every browser. */
    @Transactional
    public void closeAll(Account account) {
        closed.fire(new SessionsClosed(account.id()));
        entityManager
                .createNamedQuery(MemberSession.DELETE_FOR_ACCOUNT)
                .setParameter("account", account)
                .executeUpdate();
    }

    /** Ends every session of the account except the one this browser holds. */
    @Transactional
    public void closeAllBut(Account account, String keptToken) {
        closed.fire(new SessionsClosed(account.id()));
        entityManager
                .createNamedQuery(MemberSession.DELETE_FOR_ACCOUNT_EXCEPT)
                .setParameter("account", account)
                .setParameter("kept", keptToken == null ? "" : hash(keptToken))
                .executeUpdate();
    }

    @Transactional
    public int deleteExpired() {
        return entityManager
                .createNamedQuery(MemberSession.DELETE_EXPIRED)
                .setParameter("now", Instant.now())
                .executeUpdate();
    }

    private static String hash(String token) {
        return SecretTokens.hash(token);
    }
}
