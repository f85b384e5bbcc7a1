package org.palabre.mail;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.net.URI;
import java.net.URL;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.palabre.testing.Administrator;
import org.palabre.testing.Forum;
import org.palabre.testing.Members;
import org.palabre.testing.OutboxRows;
import org.palabre.testing.SmtpServer;
import org.palabre.testing.WebClient;

/**
 * Nothing lost, nothing sent twice but in the one allowed case: an SMTP server that is down, then up; one that
 * stays down past the deadline, and the administrator's retry; a worker that dies half-way through a batch.
 * The Payara under test retries after 1-2 s, leases for 6 s and gives up after 20 s. A row no longer pending is
 * never sent again, so the tests wait for the rows to settle before counting what arrived.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class MailFaultsSmtpIT {

    private static final String CATEGORY = "pannes-mf";

    @ArquillianResource
    URL base;

    private URI uri;

    @BeforeEach
    void setUp() throws Exception {
        uri = base.toURI();
        SmtpServer.get();
        Forum.sharedPublicCategory(uri, CATEGORY);
    }

    @Test
    void mailWaitsForAServerThatIsDownArrivesOnceAndIsGivenUpAfterTheDeadlineUntilRetried() throws Exception {
        WebClient reader = Members.joined(uri, "mfpatiente", "mfpatiente@example.org");
        MailMembers.alwaysMailed(reader);
        WebClient author = Members.joined(uri, "mfpanne", "mfpanne@example.org");
        SmtpServer.stop();
        long abandoned;
        long waiting;
        try {
            abandoned = Forum.postId(
                    author, Forum.topic(author, CATEGORY, "Envoyé pendant une longue panne", "@mfpatiente premier"));
            String dead = awaitOutbox(abandoned, rows -> rows.contains(" DEAD "), Duration.ofSeconds(45));
            assertTrue(dead.contains("mfpatiente@example.org DEAD"), dead);
            waiting = Forum.postId(
                    author, Forum.topic(author, CATEGORY, "Envoyé pendant une courte panne", "@mfpatiente second"));
            awaitOutbox(waiting, rows -> rows.matches("(?s).*PENDING [2-9].*"), Duration.ofSeconds(20));
        } finally {
            SmtpServer.start();
        }

        SmtpServer.awaitForumMail("mfpatiente@example.org", 1);
        // Once its row is SENT no worker takes it again: what has arrived then is all that will.
        awaitOutbox(waiting, rows -> rows.contains(" SENT "), Duration.ofSeconds(30));
        List<MimeMessage> received = SmtpServer.forumMailTo("mfpatiente@example.org");
        assertEquals(
                List.of("[Catégorie " + CATEGORY + "] Envoyé pendant une courte panne"),
                subjects(received),
                "sent once, once the server is up");

        String deadRow = awaitOutbox(abandoned, rows -> true, Duration.ZERO);
        long outboxId = Long.parseLong(deadRow.strip().split(" ")[3]);
        WebClient admin = Administrator.signedIn(uri);
        assertTrue(
                admin.get("/admin/mail?status=DEAD").body().contains("Abandonné après toutes les tentatives prévues"),
                "the page says why, in its reader’s language");
        assertEquals(
                303,
                admin.submit("/admin/mail?status=DEAD", "/admin/mail/outbox/" + outboxId + "/retry", Map.of())
                        .statusCode());
        SmtpServer.awaitForumMail("mfpatiente@example.org", 2);
        awaitOutbox(abandoned, rows -> rows.contains(" SENT "), Duration.ofSeconds(30));
        received = SmtpServer.forumMailTo("mfpatiente@example.org");
        assertEquals(2, received.size(), subjects(received).toString());
    }

    @Test
    void aWorkerThatDiesMidBatchLosesNoMailAndRepeatsOnlyWithTheSameMessageId() throws Exception {
        List<String> readers =
                List.of("mflecteur1", "mflecteur2", "mflecteur3", "mflecteur4", "mflecteur5", "mflecteur6");
        for (String name : readers) {
            MailMembers.alwaysMailed(Members.joined(uri, name, name + "@example.org"));
        }
        WebClient author = Members.joined(uri, "mfcrash", "mfcrash@example.org");
        new WebClient(uri).get("/test-support/age/mfcrash"); // past the mention limit of new accounts
        Forum.Place topic = Forum.topic(
                author,
                CATEGORY,
                "Appel à tous",
                readers.stream().map(name -> "@" + name).collect(Collectors.joining(" ")) + " : réunion ce soir.");
        long postId = Forum.postId(author, topic);

        List<String> crashed = new WebClient(uri)
                .get("/test-support/mail/abandon-mid-batch/" + postId)
                .body()
                .lines()
                .filter(line -> line.startsWith("mflecteur"))
                .toList();
        assertEquals(6, crashed.size(), "the dead worker claimed the six mails: " + crashed);
        long sentBeforeDying =
                crashed.stream().filter(line -> line.endsWith(" sent")).count();
        assertTrue(sentBeforeDying >= 1, "and sent some before it died: " + crashed);

        for (String name : readers) {
            SmtpServer.awaitForumMail(name + "@example.org", 1);
        }
        // Six rows SENT: no worker takes them again, so what has arrived is all that will.
        awaitOutbox(
                postId,
                rows -> rows.lines().filter(line -> line.contains(" SENT ")).count() == 6,
                Duration.ofSeconds(30));
        int total = 0;
        for (String name : readers) {
            List<MimeMessage> received = SmtpServer.forumMailTo(name + "@example.org");
            int expected = crashed.contains(name + "@example.org sent") ? 2 : 1;
            assertEquals(expected, received.size(), name + ": sent again only if the dead worker had sent it");
            assertEquals(
                    1,
                    received.stream()
                            .map(MailFaultsSmtpIT::messageId)
                            .distinct()
                            .count(),
                    "a mail sent again carries the same Message-ID");
            total += received.size();
        }
        assertEquals(
                6 + sentBeforeDying, total, "what the dead worker sent went again (the allowed repeat), the rest once");
    }

    /** Waits on the outbox rows about the post for this class's members (another suite may share the database). */
    private String awaitOutbox(long postId, Predicate<String> condition, Duration patience) {
        return OutboxRows.awaitAboutPost(uri, postId, "mf", condition, patience);
    }

    private static String messageId(MimeMessage message) {
        try {
            return message.getMessageID();
        } catch (MessagingException e) {
            throw new AssertionError(e);
        }
    }

    private static List<String> subjects(List<MimeMessage> messages) {
        return messages.stream()
                .map(m -> {
                    try {
                        return m.getSubject();
                    } catch (MessagingException e) {
                        throw new AssertionError(e);
                    }
                })
                .toList();
    }
}
