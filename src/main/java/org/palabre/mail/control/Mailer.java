package org.palabre.mail.control;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import org.eclipse.microprofile.config.ConfigProvider;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.palabre.mail.entity.LoggedMail;
import org.palabre.mail.entity.MailQueued;
import org.palabre.mail.entity.OutboxMail;

/**
 * Sends mail through the configured SMTP server, or, when none is configured (the embedded default), keeps
 * it in the mail log that administrators read at /admin/mail/stored. Either way the message is composed the same.
 * With SMTP, a mail goes into the outbox in the caller's transaction and leaves right after the commit, so an
 * SMTP server that is down delays it instead of losing it.
 */
@ApplicationScoped
public class Mailer {

    private static final Session PARSING = Session.getInstance(new Properties());

    @Inject
    @ConfigProperty(name = "palabre.mail.from", defaultValue = "Palabre <palabre@localhost>")
    String from;

    @Inject
    @ConfigProperty(name = "palabre.site.name", defaultValue = "Palabre")
    String siteName;

    @PersistenceContext
    EntityManager entityManager;

    @Inject
    MailSettings settings;

    @Inject
    MailLogStore mailLog;

    @Inject
    Event<MailQueued> queued;

    private MailComposer composer;
    private SmtpSender smtp;

    @PostConstruct
    void readSettings() {
        composer = new MailComposer(from);
        SmtpSettings smtpSettings =
                SmtpSettings.from(ConfigProvider.getConfig(getClass().getClassLoader()));
        smtp = smtpSettings.configured() ? new SmtpSender(smtpSettings) : null;
    }

    public boolean sendsThroughSmtp() {
        return smtp != null;
    }

    @Transactional
    public void send(OutgoingMail mail) {
        try {
            String raw = raw(composer.compose(mail));
            if (smtp != null) {
                entityManager.persist(OutboxMail.composed(mail.to(), mail.subject(), raw, settings.keepTrying()));
                queued.fire(new MailQueued());
            } else {
                entityManager.persist(new LoggedMail(mail.to(), mail.subject(), raw));
            }
        } catch (MessagingException e) {
            throw new IllegalArgumentException("Mail to " + mail.to() + " cannot be composed: " + e.getMessage(), e);
        }
    }

    /** Where the outbox's mail goes: a connection to the SMTP server, or the mail log. */
    public MailDrop openDrop() {
        return smtp != null ? smtp.open() : mailLog;
    }

    public MimeMessage compose(OutgoingMail mail) throws MessagingException {
        return composer.compose(mail);
    }

    public MimeMessage parse(String raw) throws MessagingException {
        return new MimeMessage(PARSING, new ByteArrayInputStream(raw.getBytes(StandardCharsets.UTF_8)));
    }

    public String siteName() {
        return siteName;
    }

    /** The site's own address, lowercased: mail from it is Palabre's own. */
    public String fromAddress() {
        return composer.from().getAddress().toLowerCase();
    }

    /** The domain of the site's mail address: Message-IDs, List-Id and bounce addresses live under it. */
    public String mailDomain() {
        String address = composer.from().getAddress();
        return address.substring(address.lastIndexOf('@') + 1).toLowerCase();
    }

    static String raw(MimeMessage message) throws MessagingException {
        try {
            ByteArrayOutputStream raw = new ByteArrayOutputStream();
            message.writeTo(raw);
            return raw.toString(StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
