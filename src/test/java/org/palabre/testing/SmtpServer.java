package org.palabre.testing;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.function.Predicate;

/**
 * The real SMTP and IMAP server (GreenMail) that the Payara of the mail tests sends through: one for the whole
 * run, on the ports the failsafe "smtp" execution names, started at first use and kept up between test classes.
 * A test may stop and start it to play a server outage.
 */
public final class SmtpServer {

    /** The mailbox the Payara of the mail tests polls for mail in (see arquillian.xml). */
    public static final String INCOMING = "incoming@palabre.test";

    private static GreenMail server;

    private SmtpServer() {}

    public static boolean configured() {
        return System.getProperty("palabre.it.smtpPort") != null;
    }

    public static synchronized GreenMail get() {
        if (server == null) {
            start();
        }
        return server;
    }

    public static synchronized void start() {
        int smtp = Integer.getInteger("palabre.it.smtpPort");
        int imap = Integer.getInteger("palabre.it.imapPort");
        server = new GreenMail(new ServerSetup[] {
            new ServerSetup(smtp, "127.0.0.1", ServerSetup.PROTOCOL_SMTP),
            new ServerSetup(imap, "127.0.0.1", ServerSetup.PROTOCOL_IMAP)
        });
        server.start();
        server.setUser(INCOMING, INCOMING, "incoming-secret");
    }

    /** Puts a message into the mailbox Palabre polls, as the mail server does when mail arrives for it. */
    public static void deliverToPalabre(MimeMessage message) {
        get().getUserManager().getUser(INCOMING).deliver(message);
    }

    /** Stops accepting connections, as a mail server that went down; what it received is forgotten. */
    public static synchronized void stop() {
        if (server != null) {
            server.stop();
            server = null;
        }
    }

    /** The messages received for this address so far, oldest first. */
    public static List<MimeMessage> to(String address) {
        return Arrays.stream(get().getReceivedMessages())
                .filter(message -> isTo(message, address))
                .toList();
    }

    /** The mails about the forum's posts received for this address (they carry a List-Id), oldest first. */
    public static List<MimeMessage> forumMailTo(String address) {
        return to(address).stream().filter(SmtpServer::isForumMail).toList();
    }

    /** Waits until at least n mails about the forum reached the address; fails the test otherwise. */
    public static List<MimeMessage> awaitForumMail(String address, int n) {
        List<MimeMessage> received = awaitForumMailTo(address, list -> list.size() >= n);
        if (received.size() < n) {
            throw new AssertionError(n + " forum mails expected for " + address + ", " + received.size() + " arrived");
        }
        return received;
    }

    public static List<MimeMessage> awaitForumMailTo(String address, Predicate<List<MimeMessage>> condition) {
        return awaitTo(
                        address,
                        all -> condition.test(
                                all.stream().filter(SmtpServer::isForumMail).toList()))
                .stream()
                .filter(SmtpServer::isForumMail)
                .toList();
    }

    public static boolean isForumMail(jakarta.mail.Message message) {
        try {
            return message.getHeader("List-Id") != null;
        } catch (MessagingException e) {
            return false;
        }
    }

    /** Waits (up to 20 s) until the messages to this address satisfy the condition; returns them. */
    public static List<MimeMessage> awaitTo(String address, Predicate<List<MimeMessage>> condition) {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(20));
        List<MimeMessage> received = to(address);
        while (!condition.test(received) && Instant.now().isBefore(deadline)) {
            Inbox.pause();
            received = to(address);
        }
        return received;
    }

    /** Waits until at least n messages reached the address; fails the test otherwise. */
    public static List<MimeMessage> awaitAtLeast(String address, int n) {
        List<MimeMessage> received = awaitTo(address, list -> list.size() >= n);
        if (received.size() < n) {
            throw new AssertionError(n + " mails expected for " + address + ", " + received.size() + " arrived");
        }
        return received;
    }

    private static boolean isTo(MimeMessage message, String address) {
        try {
            return Arrays.stream(message.getRecipients(Message.RecipientType.TO))
                    .anyMatch(a -> a.toString().equalsIgnoreCase(address));
        } catch (MessagingException | NullPointerException e) {
            return false;
        }
    }
}
