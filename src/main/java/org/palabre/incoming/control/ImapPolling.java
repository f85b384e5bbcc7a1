package org.palabre.incoming.control;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.mail.Flags;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Store;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Polls the IMAP mailbox for mail in, when one is configured. Each message is handed to the pipeline, which
 * stores and claims it, and only then deleted from the mailbox: a crash in between leaves it there, and the
 * next poll (of this server or another sharing the database) finds it already claimed.
 */
@ApplicationScoped
public class ImapPolling {

    private static final Logger LOG = Logger.getLogger(ImapPolling.class.getName());

    @Resource(lookup = "java:comp/DefaultManagedScheduledExecutorService")
    ManagedScheduledExecutorService scheduler;

    @Inject
    MailReceiver receiver;

    private ImapSettings settings;
    private volatile ScheduledFuture<?> polling;

    void start(@Observes @Initialized(ApplicationScoped.class) Object started) {
        settings = ImapSettings.from(ConfigProvider.getConfig(getClass().getClassLoader()));
        if (settings.configured()) {
            polling = scheduler.scheduleWithFixedDelay(
                    this::pollQuietly, settings.pollSeconds(), settings.pollSeconds(), TimeUnit.SECONDS);
        }
    }

    @PreDestroy
    void stop() {
        if (polling != null) {
            polling.cancel(false);
        }
    }

    private void pollQuietly() {
        try {
            poll();
        } catch (MessagingException e) {
            // A mail server that is down or refuses the login: one line per poll, not a stack trace.
            LOG.warning(() -> "Polling the mailbox for mail in failed; trying again at the next poll: " + e);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Polling the mailbox for mail in failed; trying again at the next poll", e);
        }
    }

    /** One pass over the mailbox; returns how many messages were taken out of it. */
    public int poll() throws MessagingException {
        Session session = Session.getInstance(settings.sessionProperties());
        try (Store store = session.getStore(settings.protocol())) {
            store.connect(settings.host().orElseThrow(), settings.port(), settings.user(), settings.password());
            Folder folder = store.getFolder(settings.folder());
            folder.open(Folder.READ_WRITE);
            int taken = 0;
            try {
                for (Message message : folder.getMessages()) {
                    if (message.isSet(Flags.Flag.DELETED)) {
                        continue;
                    }
                    receiver.receive(raw(message), "imap", List.of());
                    message.setFlag(Flags.Flag.DELETED, true);
                    taken++;
                }
            } finally {
                folder.close(true); // expunges what was stored
            }
            return taken;
        }
    }

    private static byte[] raw(Message message) throws MessagingException {
        try {
            ByteArrayOutputStream raw = new ByteArrayOutputStream();
            message.writeTo(raw);
            return raw.toByteArray();
        } catch (IOException e) {
            throw new MessagingException("The message could not be read whole", e);
        }
    }
}
