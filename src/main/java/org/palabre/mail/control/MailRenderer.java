package org.palabre.mail.control;

import jakarta.mail.internet.MimeMessage;
import java.util.List;

/**
 * Turns claimed outbox rows into messages when they are due. Mail delivery knows how to send and retry, not what a
 * notification or a digest says: the feature that queues such mails implements this port.
 */
public interface MailRenderer {

    /** A message ready to hand to the SMTP server. */
    record Ready(long id, MimeMessage message, String envelopeSender, String subject) {}

    /** The rows of {@code ids} that should leave now; the others are cancelled, with the reason, by the renderer. */
    List<Ready> render(List<Long> ids, String worker);
}
