package org.palabre.mail.control;

import jakarta.mail.Authenticator;
import jakarta.mail.MessagingException;
import jakarta.mail.PasswordAuthentication;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.MimeMessage;
import java.util.Properties;
import java.util.logging.Level;
import java.util.logging.Logger;

/** Hands composed messages to the configured SMTP server, over connections kept open for a batch. */
public final class SmtpSender {

    private static final Logger LOG = Logger.getLogger(SmtpSender.class.getName());

    private final SmtpSettings settings;
    private final Authenticator authenticator;

    public SmtpSender(SmtpSettings settings) {
        this.settings = settings;
        this.authenticator = settings.user().isEmpty()
                ? null
                : new Authenticator() {
                    @Override
                    protected PasswordAuthentication getPasswordAuthentication() {
                        return new PasswordAuthentication(
                                settings.user().get(), settings.password().orElse(""));
                    }
                };
    }

    /** A connection that stays open for many messages, opened on the first one and again after a failure. */
    public Connection open() {
        return new Connection();
    }

    /** One SMTP connection, used by one thread at a time. */
    public final class Connection implements MailDrop {

        // A session per connection: the envelope sender (the VERP bounce address) is read from the session's
        // properties for each message, and sessions must not be shared between threads that set it.
        private final Session session = Session.getInstance(copy(settings.sessionProperties()), authenticator);
        private final String protocol = settings.tls().equals("tls") ? "smtps" : "smtp";
        private Transport transport;

        @Override
        public void deliver(MimeMessage message, String bounceAddress) throws MessagingException {
            String envelopeSender = settings.envelopeSender().orElse(bounceAddress);
            if (envelopeSender == null) {
                session.getProperties().remove("mail." + protocol + ".from");
            } else {
                session.getProperties().setProperty("mail." + protocol + ".from", envelopeSender);
            }
            try {
                // Whether the connection is still open is known from the last failure, not asked: asking costs a NOOP
                // round trip.
                if (transport == null) {
                    transport = session.getTransport();
                    transport.connect();
                }
                transport.sendMessage(message, message.getAllRecipients());
            } catch (MessagingException | RuntimeException e) {
                // The connection may be unusable now (a reset, a timeout): the next message opens a new one.
                close();
                throw e;
            }
        }

        @Override
        public void close() {
            if (transport != null) {
                try {
                    transport.close();
                } catch (MessagingException e) {
                    LOG.log(Level.FINE, "Closing the SMTP connection failed", e);
                }
                transport = null;
            }
        }
    }

    private static Properties copy(Properties properties) {
        Properties copy = new Properties();
        copy.putAll(properties); // keeps the socket factory instance, which is not a string
        return copy;
    }
}
