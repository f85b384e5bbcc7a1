package org.palabre.mail.control;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

/**
 * Where the outbox's mail goes: an SMTP server (one connection kept open for a whole batch), or, on the
 * embedded default with no SMTP server, the mail log administrators read at /admin/mail/stored.
 */
public interface MailDrop extends AutoCloseable {

    /** Hands over one message; envelopeSender is the address bounces go to. */
    void deliver(MimeMessage message, String envelopeSender) throws MessagingException;

    @Override
    void close();
}
