package org.palabre.mail.control;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.mail.MessagingException;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.palabre.mail.entity.MailQueued;

/**
 * The outbox's workers. Every second (and right after an urgent mail is queued) they claim due mails in
 * batches, render them, and hand them to the SMTP server over one connection per batch. A batch that fails
 * half-way loses nothing: what was not marked sent is still leased, and is taken again once the lease runs out.
 */
@ApplicationScoped
public class MailDelivery {

    private static final Logger LOG = Logger.getLogger(MailDelivery.class.getName());
    static final int BATCH = 50;

    @Resource(lookup = "java:comp/DefaultManagedExecutorService")
    ManagedExecutorService executor;

    @Resource(lookup = "java:comp/DefaultManagedScheduledExecutorService")
    ManagedScheduledExecutorService scheduler;

    @Inject
    Outbox outbox;

    @Inject
    MailRenderer rendering;

    @Inject
    Mailer mailer;

    @Inject
    MailSettings settings;

    /** Names this server's workers in the leases, so a lease says who holds it. */
    private final String instance = UUID.randomUUID().toString().substring(0, 8);

    private final AtomicInteger running = new AtomicInteger();
    private final AtomicInteger workerNumbers = new AtomicInteger();
    private volatile ScheduledFuture<?> polling;

    void start(@Observes @Initialized(ApplicationScoped.class) Object started) {
        polling = scheduler.scheduleWithFixedDelay(
                this::soon, settings.pollMillis(), settings.pollMillis(), TimeUnit.MILLISECONDS);
    }

    /**
     * Stops polling, lets the workers finish the batch in hand (a few seconds at most), then hands back the leases
     * this server still holds. While a worker is still sending, nothing is handed back: a mail handed back in the
     * middle of its sending could go out twice, so those wait for their leases to run out.
     */
    @PreDestroy
    void stop() {
        if (polling != null) {
            polling.cancel(false);
        }
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (running.get() > 0 && System.nanoTime() < until) {
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
        if (running.get() == 0) {
            try {
                int handedBack = outbox.handBack("palabre-" + instance + "-");
                if (handedBack > 0) {
                    LOG.info(() -> "Stopping: " + handedBack + " claimed mails handed back to the queue");
                }
            } catch (RuntimeException e) {
                LOG.log(Level.FINE, "Leases not handed back on stop; they run out instead", e);
            }
        }
    }

    void queued(@Observes(during = TransactionPhase.AFTER_SUCCESS) MailQueued event) {
        soon();
    }

    /** Starts workers up to the configured number; each works until nothing is due. */
    public void soon() {
        while (true) {
            int now = running.get();
            if (now >= settings.workers()) {
                return;
            }
            if (running.compareAndSet(now, now + 1)) {
                try {
                    executor.execute(this::work);
                } catch (RuntimeException e) {
                    running.decrementAndGet();
                    LOG.log(Level.FINE, "No thread for a mail worker now; the next poll starts one", e);
                    return;
                }
            }
        }
    }

    private void work() {
        String worker = "palabre-" + instance + "-" + workerNumbers.incrementAndGet();
        try {
            List<Long> claimed;
            do {
                claimed = outbox.claim(worker, BATCH);
                if (!claimed.isEmpty()) {
                    deliver(worker, claimed);
                }
            } while (claimed.size() == BATCH);
        } catch (RuntimeException e) {
            // What was claimed stays leased and is taken again when the lease runs out.
            LOG.log(Level.WARNING, "A mail worker stopped on an error; its mails will be tried again", e);
        } finally {
            running.decrementAndGet();
        }
    }

    /** Renders and sends one claimed batch; returns how many the server accepted. */
    int deliver(String worker, List<Long> claimed) {
        List<MailRenderer.Ready> ready = rendering.render(claimed, worker);
        int accepted = 0;
        try (MailDrop drop = mailer.openDrop()) {
            String serverDown = null;
            for (MailRenderer.Ready mail : ready) {
                if (serverDown != null) {
                    outbox.failedForNow(mail.id(), worker, serverDown);
                    continue;
                }
                try {
                    drop.deliver(mail.message(), mail.envelopeSender());
                    if (!outbox.markSent(mail.id(), worker, mail.subject())) {
                        LOG.warning("Mail " + mail.id()
                                + " was sent after its lease ran out; another worker may send it again");
                    }
                    accepted++;
                } catch (MessagingException e) {
                    SmtpFailure failure = SmtpFailure.of(e);
                    if (failure.permanent()) {
                        outbox.failedForGood(mail.id(), worker, failure.reason());
                    } else {
                        outbox.failedForNow(mail.id(), worker, failure.reason());
                        if (SmtpFailure.replyCode(e) == null) {
                            // No reply at all: the server is down or unreachable; the rest of the batch waits too.
                            serverDown = failure.reason();
                        }
                    }
                }
            }
        }
        return accepted;
    }
}
