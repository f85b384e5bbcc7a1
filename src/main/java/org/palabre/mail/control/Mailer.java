package org.palabre.mail.control;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.eclipse.microprofile.config.ConfigProvider;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.palabre.mail.entity.LoggedMail;

/**
 * Sends mail through the configured SMTP server, or, when none is configured (the embedded default), keeps
 * it in the mail log that administrators read at /admin/mail. Either way the message is composed the same.
 */
@ApplicationScoped
public class Mailer {

    @Inject
    @ConfigProperty(name = "palabre.mail.from", defaultValue = "Palabre <palabre@localhost>")
    String from;

    @PersistenceContext
    EntityManager entityManager;

    private MailComposer composer;
    private SmtpSender smtp;

    @PostConstruct
    void readSettings() {
        composer = new MailComposer(from);
        SmtpSettings settings = SmtpSettings.from(ConfigProvider.getConfig(getClass().getClassLoader()));
        smtp = settings.configured() ? new SmtpSender(settings) : null;
    }

    public boolean sendsThroughSmtp() {
        return smtp != null;
    }

    @Transactional
    public void send(OutgoingMail mail) {
        try {
            MimeMessage message = composer.compose(mail);
            if (smtp != null) {
                smtp.send(message);
            } else {
                ByteArrayOutputStream raw = new ByteArrayOutputStream();
                message.writeTo(raw);
                entityManager.persist(new LoggedMail(mail.to(), mail.subject(), raw.toString(StandardCharsets.UTF_8)));
            }
        } catch (MessagingException e) {
            throw new MailNotSent(mail.to(), e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The SMTP server refused the mail or could not be reached. */
    public static class MailNotSent extends RuntimeException {
        private static final long serialVersionUID = 1L;

        MailNotSent(String recipient, MessagingException cause) {
            super("Mail to " + recipient + " not sent: " + cause.getMessage(), cause);
        }
    }
}
