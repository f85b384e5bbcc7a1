package org.palabre.mailing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.palabre.accounts.control.MemberSessions;
import org.palabre.accounts.entity.Account;
import org.palabre.accounts.entity.Role;
import org.palabre.mail.control.Bounces;
import org.palabre.mail.control.MailSettings;
import org.palabre.mail.control.Mailer;
import org.palabre.mail.entity.BounceKind;
import org.palabre.mail.entity.BounceReceived;
import org.palabre.mail.entity.MailPurpose;
import org.palabre.mail.entity.OutboxMail;
import org.palabre.mailing.control.BounceScores;
import org.palabre.mailing.control.UnsubscribeLinks;
import org.palabre.mailing.entity.DigestFrequency;
import org.palabre.mailing.entity.MailFrequency;
import org.palabre.mailing.entity.MailPreferences;
import org.palabre.posts.control.PostContent;
import org.palabre.testing.ForumWriter;
import org.palabre.testing.WebClient;
import org.palabre.topics.entity.Topic;

/**
 * Inside the running Palabre: bounces that come back to a mail's own bounce address stop notification mail to
 * the member once their score reaches the threshold (defaults: hard 2, soft 1 once a day, threshold 4); the
 * member sees a notice on every page, asks for a link, confirms, and mail goes again.
 */
@ExtendWith(ArquillianExtension.class)
class BouncesIT {

    private static final String CONFIRM_LINK = "/mail/confirm-address/([A-Za-z0-9_-]+)";

    @ArquillianResource
    URL base;

    @PersistenceContext
    EntityManager entityManager;

    @Resource
    UserTransaction transaction;

    @Inject
    PostContent content;

    @Inject
    MemberSessions sessions;

    @Inject
    Bounces bounces;

    @Inject
    BounceScores scores;

    @Inject
    UnsubscribeLinks links;

    @Inject
    MailSettings settings;

    @Inject
    Mailer mailer;

    @Inject
    Event<BounceReceived> received;

    @Test
    void aHardBounceAfterSoftOnesOnTwoDaysStopsNotificationMailUntilTheMemberConfirmsTheAddress() throws Exception {
        Mentioned mentioned = mentioned("bn-rebond", "bn-auteur");
        Account member = mentioned.member();
        long first = queue(member.id(), mentioned.postIds().get(0));
        assertEquals("SENT", awaitSettled(first));

        transaction.begin();
        Instant now = Instant.now();
        for (int daysAgo : new int[] {3, 2}) {
            received.fire(new BounceReceived(
                    member.id(),
                    member.email(),
                    BounceKind.SOFT,
                    "4.2.2",
                    "452 4.2.2 Mailbox full",
                    first,
                    now.minus(Duration.ofDays(daysAgo))));
        }
        transaction.commit();
        assertFalse(scores.stopped(member.id()), "two soft bounces make 2 of 4");

        bounces.receive(links.bounceToken(first), hardBounce(member.email()));
        assertTrue(scores.stopped(member.id()), "a hard bounce adds 2: 4 of 4");
        long second = queue(member.id(), mentioned.postIds().get(1));
        assertEquals("CANCELLED mail.cancelled.bouncing", awaitSettled(second) + " " + reason(second));

        Account administrator = administrator("bn-admin");
        String adminPage = new WebClient(base.toURI())
                .withSession(sessions.open(administrator, false))
                .get("/admin/mail/bounces")
                .body();
        // A member again: a second administrator would let another test demote the suite's last one.
        transaction.begin();
        entityManager.find(Account.class, administrator.id()).changeRole(Role.MEMBER);
        transaction.commit();
        assertTrue(adminPage.contains(member.email()) && adminPage.contains("Arrêtés depuis"), adminPage);
        assertTrue(adminPage.contains("550 5.1.1 User unknown"), "administrators read what the server said");

        WebClient web = new WebClient(base.toURI()).withSession(sessions.open(member, false));
        String home = web.get("/").body();
        assertTrue(home.contains("M’envoyer un lien de confirmation"), "the member is told, with a way out");
        assertEquals(200, web.submit("/", "/mail/confirm-address", Map.of()).statusCode());
        String token = confirmationToken(member.email());
        WebClient link = new WebClient(base.toURI());
        String confirmed = link.submit("/mail/confirm-address/" + token, "/mail/confirm-address/" + token, Map.of())
                .body();
        assertTrue(confirmed.contains("Adresse confirmée"), confirmed);
        assertEquals(410, link.get("/mail/confirm-address/" + token).statusCode(), "the link served once");

        assertFalse(scores.stopped(member.id()));
        assertFalse(web.get("/").body().contains("M’envoyer un lien de confirmation"), "the notice is gone");
        long third = queue(member.id(), mentioned.postIds().get(2));
        assertEquals("SENT", awaitSettled(third), "mail goes again");
    }

    @Test
    void anOutOfOfficeReplyOrAForgedBounceAddressCountsNothing() throws Exception {
        Mentioned mentioned = mentioned("bn-absente", "bn-ecrivain");
        long mail = queue(mentioned.member().id(), mentioned.postIds().get(0));
        String token = links.bounceToken(mail);
        byte[] outOfOffice = ("From: bn-absente <" + mentioned.member().email() + ">\r\n"
                        + "Subject: Absente / Out of office\r\n\r\nJe reviens lundi.\r\n")
                .getBytes(StandardCharsets.UTF_8);
        bounces.receive(token, outOfOffice);
        bounces.receive(
                token.substring(0, token.length() - 2) + "zz",
                hardBounce(mentioned.member().email()));
        assertEquals(0L, bouncesOf(mentioned.member().id()));
        bounces.receive(token, hardBounce(mentioned.member().email()));
        assertEquals(1L, bouncesOf(mentioned.member().id()), "the genuine one counts");
        assertFalse(scores.stopped(mentioned.member().id()), "one hard bounce is 2 of 4");
    }

    @Test
    void withAFixedEnvelopeSenderABounceIsKnownByTheAddressAndMessageIdItQuotes() throws Exception {
        Mentioned mentioned = mentioned("bn-fixe", "bn-plume");
        String email = mentioned.member().email();
        bounces.receiveUnaddressed(withOriginal(hardBounce(email), "<t1.p2@elsewhere.example>"));
        assertEquals(0L, bouncesOf(mentioned.member().id()), "a bounce of someone else's mail");
        bounces.receiveUnaddressed(withOriginal(hardBounce(email), "<t1.p2@" + mailer.mailDomain() + ">"));
        assertEquals(1L, bouncesOf(mentioned.member().id()), "a bounce of this site's mail, to a member's address");
    }

    /** The bounce with the returned mail's headers attached, as RFC 3464 reports carry them. */
    private static byte[] withOriginal(byte[] bounce, String messageId) {
        String raw = new String(bounce, StandardCharsets.US_ASCII);
        return raw.replace(
                        "--B--",
                        "--B\r\nContent-Type: text/rfc822-headers\r\n\r\nMessage-ID: " + messageId
                                + "\r\nSubject: [Rebonds] Adresse morte ?\r\n\r\n--B--")
                .getBytes(StandardCharsets.US_ASCII);
    }

    /** The member, and the posts that mention them (one outbox mail per member and post). */
    private record Mentioned(Account member, List<Long> postIds) {}

    /** A member mentioned in post 2 of a new topic, who wants every mail at once. */
    private Mentioned mentioned(String member, String author) throws Exception {
        transaction.begin();
        ForumWriter forum = new ForumWriter(entityManager, content);
        List<Account> members = forum.members(member, author);
        Topic topic = forum.topic(forum.category("Rebonds " + member, member), "Adresse morte ?", 6, members);
        MailPreferences always = MailPreferences.defaults(members.get(0).id());
        always.choose(
                MailFrequency.ALWAYS,
                MailFrequency.ALWAYS,
                MailFrequency.ALWAYS,
                MailFrequency.ALWAYS,
                false,
                DigestFrequency.NEVER);
        entityManager.persist(always);
        transaction.commit();
        List<Long> postIds = entityManager
                .createQuery(
                        "SELECT p.id FROM Post p WHERE p.topic.id = :topic AND p.number IN (2, 4, 6) ORDER BY p.number",
                        Long.class)
                .setParameter("topic", topic.id())
                .getResultList();
        return new Mentioned(members.get(0), postIds);
    }

    private Account administrator(String username) throws Exception {
        transaction.begin();
        Account admin = new Account(username, username + "@forum.test", "no-password", Role.ADMIN);
        entityManager.persist(admin);
        transaction.commit();
        return admin;
    }

    private long queue(long memberId, long postId) throws Exception {
        transaction.begin();
        OutboxMail mail = OutboxMail.toMember(
                MailPurpose.NOTIFICATION, memberId, postId, "MENTIONED", Instant.now(), settings.keepTrying());
        entityManager.persist(mail);
        transaction.commit();
        return mail.id();
    }

    private String awaitSettled(long mailId) throws Exception {
        Instant deadline = Instant.now().plusSeconds(30);
        String status = column(mailId, "status");
        while (status.equals("PENDING") && Instant.now().isBefore(deadline)) {
            Thread.sleep(200);
            status = column(mailId, "status");
        }
        return status;
    }

    private String reason(long mailId) throws Exception {
        return column(mailId, "last_error");
    }

    private String column(long mailId, String column) throws Exception {
        transaction.begin();
        try {
            return String.valueOf(entityManager
                    .createNativeQuery("SELECT " + column + " FROM mail_outbox WHERE id = :id")
                    .setParameter("id", mailId)
                    .getSingleResult());
        } finally {
            transaction.commit();
        }
    }

    private long bouncesOf(long accountId) {
        return ((Number) entityManager
                        .createNativeQuery("SELECT COUNT(*) FROM mail_bounces WHERE account_id = :id")
                        .setParameter("id", accountId)
                        .getSingleResult())
                .longValue();
    }

    /** The link in the confirmation mail, kept in Palabre's mail log (no SMTP server in these tests). */
    private String confirmationToken(String email) {
        List<?> raws = entityManager
                .createNativeQuery("SELECT raw_message FROM logged_mails WHERE recipients LIKE :to ORDER BY id DESC")
                .setParameter("to", "%" + email + "%")
                .getResultList();
        for (Object raw : raws) {
            Matcher link =
                    Pattern.compile(CONFIRM_LINK).matcher(String.valueOf(raw).replace("=\r\n", ""));
            if (link.find()) {
                return link.group(1);
            }
        }
        throw new AssertionError("no confirmation mail to " + email);
    }

    private static byte[] hardBounce(String to) {
        return ("From: Mail Delivery System <MAILER-DAEMON@mx.example.net>\r\n"
                        + "Subject: Undelivered Mail Returned to Sender\r\n"
                        + "MIME-Version: 1.0\r\n"
                        + "Content-Type: multipart/report; report-type=delivery-status; boundary=\"B\"\r\n\r\n"
                        + "--B\r\nContent-Type: text/plain\r\n\r\nYour message could not be delivered.\r\n"
                        + "--B\r\nContent-Type: message/delivery-status\r\n\r\n"
                        + "Reporting-MTA: dns; mx.example.net\r\n\r\n"
                        + "Final-Recipient: rfc822; " + to + "\r\nAction: failed\r\nStatus: 5.1.1\r\n"
                        + "Diagnostic-Code: smtp; 550 5.1.1 User unknown\r\n\r\n--B--\r\n")
                .getBytes(StandardCharsets.US_ASCII);
    }
}
