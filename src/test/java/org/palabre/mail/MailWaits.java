package org.palabre.mail;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

/** Small readings shared by the mail tests. */
final class MailWaits {

    private MailWaits() {
    }

    static String messageId(MimeMessage message) {
        try {
            return message.getMessageID();
        } catch (MessagingException e) {
            throw new AssertionError(e);
        }
    }

    /** Waiting on another process (the server's mail workers), which works on its own clock. */
    static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }
}
