package org.palabre.mailing.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.palabre.accounts.entity.Account;
import org.palabre.mail.control.IncomingAddress;
import org.palabre.mailing.entity.ReplyKey;
import org.palabre.security.control.SecretTokens;

/**
 * Makes and reads the keys of Reply-To addresses. A key is 160 random bits in lowercase hex, since some mail
 * servers lowercase the local part of an address; only its SHA-256 is stored.
 */
@ApplicationScoped
public class ReplyKeys {

    private static final SecureRandom RANDOM = new SecureRandom();

    @PersistenceContext
    EntityManager entityManager;

    @Inject
    IncomingAddress address;

    @Inject
    @ConfigProperty(name = "palabre.mail.in.reply-key-days", defaultValue = "90")
    long days;

    /** What a key opens, or why it does not. */
    public record Opened(ReplyKey key, String problem) {
        public boolean opens() {
            return problem == null;
        }
    }

    /** A new Reply-To address for this member and post. */
    @Transactional
    public String issue(Account member, long postId) {
        byte[] random = new byte[20];
        RANDOM.nextBytes(random);
        String key = HexFormat.of().formatHex(random);
        entityManager.persist(new ReplyKey(
                SecretTokens.hash(key),
                member.id(),
                postId,
                stamp(member),
                Instant.now().plus(Duration.ofDays(Math.max(1, days)))));
        return address.withKey(key);
    }

    @Transactional
    public Opened open(String key) {
        Optional<ReplyKey> found = key == null || !key.matches("[0-9a-fA-F]{40}")
                ? Optional.empty()
                : entityManager
                        .createQuery("SELECT k FROM ReplyKey k WHERE k.keyHash = :hash", ReplyKey.class)
                        .setParameter("hash", SecretTokens.hash(key.toLowerCase()))
                        .getResultStream()
                        .findFirst();
        if (found.isEmpty()) {
            return new Opened(null, "incoming.refused.unknownKey");
        }
        ReplyKey replyKey = found.get();
        Account member = entityManager.find(Account.class, replyKey.accountId());
        Instant now = Instant.now();
        if (member == null || !member.isActive() || member.standing().isSuspended(now)) {
            return new Opened(replyKey, "incoming.refused.revokedKey");
        }
        if (replyKey.isExpired(now)) {
            return new Opened(replyKey, "incoming.refused.expiredKey");
        }
        if (!replyKey.opensFor(stamp(member), now)) {
            return new Opened(replyKey, "incoming.refused.revokedKey");
        }
        return new Opened(replyKey, null);
    }

    /** Revokes every Reply-To address the member was given: the "revoke my reply addresses" action. */
    @Transactional
    public int revokeAll(long accountId) {
        return entityManager
                .createQuery("UPDATE ReplyKey k SET k.revoked = true WHERE k.accountId = :account")
                .setParameter("account", accountId)
                .executeUpdate();
    }

    /**
     * Deletes the keys that expired before this moment. Until then an expired key still gets its own answer
     * ("this address has expired") rather than "unknown address".
     */
    @Transactional
    public int deleteExpiredBefore(java.time.Instant moment) {
        return entityManager
                .createQuery("DELETE FROM ReplyKey k WHERE k.expiresAt < :moment")
                .setParameter("moment", moment)
                .executeUpdate();
    }

    /** A digest of the member's password hash: a new password gives a new stamp, which old keys do not match. */
    static String stamp(Account member) {
        return SecretTokens.hash("reply-key:" + member.passwordHash());
    }
}
