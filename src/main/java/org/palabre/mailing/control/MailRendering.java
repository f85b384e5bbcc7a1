package org.palabre.mailing.control;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.inject.Inject;
import jakarta.mail.MessagingException;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.eclipse.microprofile.config.ConfigProvider;
import org.palabre.accounts.entity.Account;
import org.palabre.database.control.DatabaseSettings;
import org.palabre.mail.control.MailRenderer;
import org.palabre.mail.control.MailSettings;
import org.palabre.mail.control.Mailer;
import org.palabre.mail.control.Outbox;
import org.palabre.mail.control.OutgoingMail;
import org.palabre.mail.entity.MailPurpose;
import org.palabre.mail.entity.MailStatus;
import org.palabre.mail.entity.OutboxMail;

/**
 * Turns claimed outbox rows into messages, when they are due and not before: from the post as it is now,
 * for a recipient who may still read it, still wants the mail, has not read the post on the site meanwhile, and
 * is under the daily limit. Rows that should not leave are cancelled here, with the reason, in this transaction;
 * rows past the daily limit are held, never dropped, and leave once the limit's window allows.
 */
@ApplicationScoped
public class MailRendering implements MailRenderer {

    @PersistenceContext
    EntityManager entityManager;

    @Inject
    Outbox outbox;

    @Inject
    MailSettings settings;

    @Inject
    MailPreferencesStore preferences;

    @Inject
    PostMails postMails;

    @Inject
    DigestMails digests;

    @Inject
    Mailer mailer;

    @Inject
    BounceScores bounces;

    @Resource(lookup = "java:comp/TransactionSynchronizationRegistry")
    TransactionSynchronizationRegistry transactions;

    /**
     * This server's workers count against the cap one batch at a time: a worker holds it from its count until its
     * rendering transaction ends (milliseconds for a batch), and the sending that follows stays parallel.
     */
    private final Semaphore counting = new Semaphore(1);

    /** Servers that share a PostgreSQL database also lock the recipients' rows while they count. */
    private final boolean sharedDatabase = DatabaseSettings.from(
                    ConfigProvider.getConfig(MailRendering.class.getClassLoader()))
            .isPostgreSql();

    /**
     * Why a due mail will not leave: the key of a message under mail.cancelled, which the row keeps and the
     * mail page shows in its reader's language (a technical detail may follow the key after ": ").
     */
    static final class Cancelled extends Exception {
        private static final long serialVersionUID = 1L;

        Cancelled(String reason) {
            super(reason, null, false, false);
        }
    }

    /** Why a due mail leaves later: it goes back to the queue until then. */
    static final class Held extends Exception {
        private static final long serialVersionUID = 1L;
        private final transient Instant until;

        Held(String reason, Instant until) {
            super(reason, null, false, false);
            this.until = until;
        }
    }

    @Transactional
    @ActivateRequestContext
    @Override
    public List<Ready> render(List<Long> ids, String worker) {
        List<OutboxMail> mails = entityManager
                .createQuery("SELECT m FROM OutboxMail m WHERE m.id IN :ids ORDER BY m.id", OutboxMail.class)
                .setParameter("ids", ids)
                .getResultList();
        preload(mails);
        DailyCount sentToday = new DailyCount(mails);
        Set<Long> bouncing = bounces.stoppedAmong(mails.stream()
                .map(OutboxMail::recipientId)
                .filter(java.util.Objects::nonNull)
                .collect(java.util.stream.Collectors.toSet()));
        List<Ready> ready = new ArrayList<>(mails.size());
        for (OutboxMail mail : mails) {
            try {
                OutgoingMail outgoing;
                String envelope = null;
                if (mail.purpose() == MailPurpose.NOTICE) {
                    ready.add(new Ready(mail.id(), mailer.parse(mail.rawMessage()), null, mail.subject()));
                    continue;
                }
                Account recipient = entityManager.find(Account.class, mail.recipientId());
                if (recipient == null || !recipient.isActive()) {
                    throw new Cancelled("mail.cancelled.inactive");
                }
                if (bouncing.contains(recipient.id())) {
                    // the address bounced past the threshold: mail about posts waits for the member to confirm it
                    throw new Cancelled("mail.cancelled.bouncing");
                }
                switch (mail.purpose()) {
                    case NOTIFICATION, MAILING_LIST -> {
                        PostMailComposer.Composed composed =
                                postMails.compose(mail, recipient, preferences.of(recipient.id()));
                        outgoing = composed.mail();
                        envelope = composed.envelopeSender();
                    }
                    case DIGEST ->
                        outgoing = digests.compose(
                                recipient,
                                mail.createdAt(),
                                preferences.of(recipient.id()).mailingList());
                    case PAUSE -> outgoing = digests.pauseNotice(recipient, settings.dailyCap());
                    default -> throw new Cancelled("mail.cancelled.unknownPurpose");
                }
                if (mail.purpose() != MailPurpose.PAUSE) {
                    sentToday.admit(mail, recipient);
                }
                if (envelope == null) {
                    envelope = "bounces+" + postMails.bounceToken(mail.id()) + "@" + mailer.mailDomain();
                }
                ready.add(new Ready(mail.id(), mailer.compose(outgoing), envelope, outgoing.subject()));
            } catch (Held held) {
                outbox.holdUntil(mail.id(), worker, held.until, held.getMessage());
            } catch (Cancelled cancelled) {
                outbox.cancel(mail.id(), worker, cancelled.getMessage());
            } catch (MessagingException e) {
                outbox.cancel(mail.id(), worker, "mail.cancelled.notComposed: " + e.getMessage());
            }
        }
        sentToday.record(worker);
        return ready;
    }

    /** Loads the batch's recipients and their preferences in two statements, so each mail finds them loaded. */
    private void preload(List<OutboxMail> mails) {
        List<Long> recipients = mails.stream()
                .map(OutboxMail::recipientId)
                .filter(java.util.Objects::nonNull)
                .distinct()
                .toList();
        if (!recipients.isEmpty()) {
            entityManager
                    .createQuery("SELECT a FROM Account a WHERE a.id IN :ids", Account.class)
                    .setParameter("ids", recipients)
                    .getResultList();
            entityManager
                    .createQuery(
                            "SELECT p FROM MailPreferences p WHERE p.accountId IN :ids",
                            org.palabre.mailing.entity.MailPreferences.class)
                    .setParameter("ids", recipients)
                    .getResultList();
        }
    }

    /**
     * The mails each recipient of the batch was sent in the cap's window (24 hours), counting those this batch
     * sends and those another worker is sending right now. The mail that reaches the limit is the last for now;
     * the member is then sent one notice that mail pauses, and the next mails wait until the oldest mail of the
     * window leaves it and frees a place.
     */
    private final class DailyCount {
        private final Map<Long, Long> counts = new HashMap<>();
        private final Map<Long, Instant> oldest = new HashMap<>();
        private final List<Long> admitted = new ArrayList<>();

        DailyCount(List<OutboxMail> mails) {
            List<Long> recipients = mails.stream()
                    .map(OutboxMail::recipientId)
                    .filter(java.util.Objects::nonNull)
                    .distinct()
                    .sorted()
                    .toList();
            if (recipients.isEmpty()) {
                return;
            }
            // Two workers may render mail for the same member at once (their batches came due a moment apart). The
            // second waits until the first has recorded what it counted; without that, both would see the same
            // count and pass the cap together.
            waitForOtherCounts();
            if (sharedDatabase) {
                // In one order, so two servers counting overlapping batches cannot deadlock. NO KEY: inserts that
                // reference the member (a post, a mail) need not wait.
                entityManager
                        .createNativeQuery("SELECT id FROM accounts WHERE id IN (:ids) ORDER BY id FOR NO KEY UPDATE")
                        .setParameter("ids", recipients)
                        .getResultList();
            }
            Instant now = Instant.now();
            for (Object[] row : entityManager
                    .createQuery(
                            "SELECT m.recipientId, COUNT(m), MIN(COALESCE(m.sentAt, m.countedAt)) FROM OutboxMail m "
                                    + "WHERE m.recipientId IN :ids AND ((m.status = :sent AND m.sentAt > :since) "
                                    + "OR (m.status = :pending AND m.countedAt IS NOT NULL AND m.leaseUntil > :now)) "
                                    + "GROUP BY m.recipientId",
                            Object[].class)
                    .setParameter("ids", recipients)
                    .setParameter("sent", MailStatus.SENT)
                    .setParameter("pending", MailStatus.PENDING)
                    .setParameter("since", now.minus(settings.capWindow()))
                    .setParameter("now", now)
                    .getResultList()) {
                counts.put((Long) row[0], (Long) row[1]);
                oldest.put((Long) row[0], (Instant) row[2]);
            }
        }

        void admit(OutboxMail mail, Account recipient) throws Held {
            long sent = counts.getOrDefault(recipient.id(), 0L);
            if (sent >= settings.dailyCap()) {
                digests.queuePauseNoticeOnce(recipient.id());
                // Mails of this batch are not sent yet: the earliest place frees up a window from now.
                Instant until =
                        oldest.getOrDefault(recipient.id(), Instant.now()).plus(settings.capWindow());
                throw new Held("mail.held.dailyLimit", until);
            }
            counts.put(recipient.id(), sent + 1);
            admitted.add(mail.id());
        }

        private void waitForOtherCounts() {
            try {
                if (!counting.tryAcquire(30, TimeUnit.SECONDS)) {
                    throw new IllegalStateException("Another mail worker has been counting for 30 seconds");
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("Interrupted while waiting to count mail against the cap", e);
            }
            try {
                transactions.registerInterposedSynchronization(new Synchronization() {
                    @Override
                    public void beforeCompletion() {}

                    @Override
                    public void afterCompletion(int status) {
                        counting.release();
                    }
                });
            } catch (RuntimeException e) {
                counting.release();
                throw e;
            }
        }

        /** Records what this batch counted, for the other workers to count while it is being sent. */
        void record(String worker) {
            outbox.counted(admitted, worker);
        }
    }
}
