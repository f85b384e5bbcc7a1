package org.palabre.mail.control;

import jakarta.mail.Authenticator;
import jakarta.mail.MessagingException;
import jakarta.mail.PasswordAuthentication;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.MimeMessage;

/** Hands composed messages to the configured SMTP server. */
public final class SmtpSender {

    private final Session session;

    public SmtpSender(SmtpSettings settings) {
        Authenticator authenticator = settings.user().isEmpty() ? null : new Authenticator() {
            @Override
            protected PasswordAuthentication getPasswordAuthentication() {
                return new PasswordAuthentication(settings.user().get(), settings.password().orElse(""));
            }
        };
        this.session = Session.getInstance(settings.sessionProperties(), authenticator);
    }

    /** Sends through this sender's own session (server, port, TLS, login), whatever session composed it. */
    public void send(MimeMessage message) throws MessagingException {
        try (Transport transport = session.getTransport()) {
            transport.connect();
            transport.sendMessage(message, message.getAllRecipients());
        }
    }
}
