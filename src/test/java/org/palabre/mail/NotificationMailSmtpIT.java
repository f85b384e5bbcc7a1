package org.palabre.mail;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.palabre.testing.ReceivedMail.header;
import static org.palabre.testing.ReceivedMail.part;

import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.Session;
import jakarta.mail.Store;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.palabre.testing.Forum;
import org.palabre.testing.Members;
import org.palabre.testing.OutboxRows;
import org.palabre.testing.SmtpServer;
import org.palabre.testing.WebClient;

/**
 * Notification mail as a member who follows the forum by mail receives it, from a real SMTP server (GreenMail)
 * and read back over IMAP: headers, threading, language, one-click unsubscribe, and the send delay in which
 * edits land and withdrawals cancel. The Payara under test waits 4 seconds before sending.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class NotificationMailSmtpIT {

    private static final String CATEGORY = "reunions-nm";

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
    void aMentionMailCarriesThreadingListAndUnsubscribeHeadersAndBothParts() throws Exception {
        WebClient reader = Members.joined(uri, "nmlecteur", "nmlecteur@example.org");
        MailMembers.alwaysMailed(reader);
        WebClient author = Members.joined(uri, "nmautrice", "nmautrice@example.org");
        Forum.Place topic = Forum.topic(author, CATEGORY, "Vidéosurveillance : le point", "Premier message du fil.");
        Forum.Place reply =
                Forum.reply(author, topic, 1, "Bonjour @nmlecteur, tu viens **jeudi** ? Voir [le tract](/t/tract/1).");

        MimeMessage mail = SmtpServer.awaitForumMail("nmlecteur@example.org", 1).get(0);
        long topicId = topic.id();
        long replyId = Forum.postId(author, reply);
        // The installation's id follows the number: two forums sending from one domain never collide.
        assertTrue(
                mail.getMessageID().matches("<post\\." + replyId + "\\.[0-9a-f]{12}@palabre\\.test>"),
                mail.getMessageID());
        String topicRoot = header(mail, "In-Reply-To");
        assertTrue(
                topicRoot.matches("<topic\\." + topicId + "\\.[0-9a-f]{12}@palabre\\.test>"),
                "a reply to the first post refers to it: " + topicRoot);
        assertEquals(topicRoot, header(mail, "References"));
        assertTrue(header(mail, "List-Id").endsWith("<" + CATEGORY + ".palabre.test>"), header(mail, "List-Id"));
        assertTrue(header(mail, "List-Archive").contains("/c/" + CATEGORY), header(mail, "List-Archive"));
        String unsubscribe = header(mail, "List-Unsubscribe");
        assertTrue(
                unsubscribe.matches(
                        "<https?://[^>]+/mail/unsubscribe/[A-Za-z0-9_-]+>, <mailto:unsubscribe\\+[A-Za-z0-9_-]+@palabre.test>"),
                unsubscribe);
        assertEquals("List-Unsubscribe=One-Click", header(mail, "List-Unsubscribe-Post"));
        assertEquals("auto-generated", header(mail, "Auto-Submitted"));
        assertNull(header(mail, "Precedence"), "Precedence: list is for mailing-list mode only");
        assertTrue(
                header(mail, "Return-Path").matches("<bounces\\+[0-9]+-[a-z0-9_-]+@palabre.test>"),
                header(mail, "Return-Path"));
        assertEquals("[Catégorie " + CATEGORY + "] Vidéosurveillance : le point", mail.getSubject());
        InternetAddress from = (InternetAddress) mail.getFrom()[0];
        assertEquals("palabre@palabre.test", from.getAddress());
        assertEquals("nmautrice via Palabre", from.getPersonal());
        assertTrue(mail.isMimeType("multipart/alternative"));

        String text = part(mail, "text/plain");
        assertTrue(text.contains("Bonjour @nmlecteur, tu viens **jeudi** ?"), text);
        assertTrue(
                text.contains("/t/") && text.contains("vous a mentionné"),
                "a link to the post and why the mail came: " + text);
        String html = part(mail, "text/html");
        assertTrue(html.contains("<strong>jeudi</strong>"), html);
        assertTrue(
                html.contains("href=\"http://localhost:" + uri.getPort() + "/t/tract/1\""),
                "relative links become absolute: " + html);
        assertFalse(html.contains("<img") || html.contains("<script"), html);
        for (String name : List.of("X-Originating-IP", "X-Forwarded-For")) {
            assertNull(header(mail, name));
        }
        assertFalse(text.contains("127.0.0.1") || html.contains("127.0.0.1"), "no client address in the mail");
    }

    @Test
    void aTopicWithThreeRepliesReadsAsOneThreadOverImap() throws Exception {
        WebClient follower = Members.joined(uri, "nmsuiveuse", "nmsuiveuse@example.org");
        MailMembers.alwaysMailed(follower);
        assertEquals(
                303,
                follower.submit("/c/" + CATEGORY, "/watches/categories/" + CATEGORY, Map.of("level", "WATCHING"))
                        .statusCode());
        WebClient author = Members.joined(uri, "nmfil", "nmfil@example.org");
        Forum.Place topic = Forum.topic(author, CATEGORY, "Rassemblement du 12", "On se retrouve où ?");
        Forum.reply(author, topic, null, "Place de la mairie.");
        Forum.reply(author, topic, 2, "À 18 h, précisément.");
        Forum.reply(author, topic, null, "Apportez des banderoles.");
        SmtpServer.awaitForumMail("nmsuiveuse@example.org", 4);

        Store store = Session.getInstance(new Properties()).getStore("imap");
        store.connect(
                "127.0.0.1",
                Integer.getInteger("palabre.it.imapPort"),
                "nmsuiveuse@example.org",
                "nmsuiveuse@example.org");
        try {
            Folder inbox = store.getFolder("INBOX");
            inbox.open(Folder.READ_ONLY);
            List<Message> fetched = new ArrayList<>(Arrays.asList(inbox.getMessages()).stream()
                    .filter(SmtpServer::isForumMail)
                    .toList());
            assertEquals(4, fetched.size(), "one mail per post, none twice");
            String root = null;
            for (Message message : fetched) {
                if (message.getHeader("In-Reply-To") == null) {
                    root = ((MimeMessage) message).getMessageID();
                }
            }
            assertTrue(
                    root.matches("<topic\\." + topic.id() + "\\.[0-9a-f]{12}@palabre\\.test>"),
                    "the topic's first mail starts the thread: " + root);
            for (Message message : fetched) {
                assertEquals("[Catégorie " + CATEGORY + "] Rassemblement du 12", message.getSubject());
                if (message.getHeader("In-Reply-To") != null) {
                    String references = message.getHeader("References")[0];
                    assertTrue(
                            references.startsWith(root), "every reply names the thread's first message: " + references);
                }
            }
            inbox.close(false);
        } finally {
            store.close();
        }
    }

    @Test
    void oneClickUnsubscribeWorksByPostWithoutCookiesAndNeverByGet() throws Exception {
        WebClient follower = Members.joined(uri, "nmdepart", "nmdepart@example.org");
        MailMembers.alwaysMailed(follower);
        WebClient author = Members.joined(uri, "nmreste", "nmreste@example.org");
        Forum.Place topic = Forum.topic(author, CATEGORY, "Tract à relire", "Le texte arrive.");
        assertEquals(
                303,
                follower.submit(topic.topicPath(), "/watches/topics/" + topic.id(), Map.of("level", "WATCHING"))
                        .statusCode());
        Forum.reply(author, topic, null, "Version 1 du tract.");
        MimeMessage first = SmtpServer.awaitForumMail("nmdepart@example.org", 1).get(0);
        Matcher link = Pattern.compile("<(https?://[^>]+(/mail/unsubscribe/[A-Za-z0-9_-]+))>")
                .matcher(header(first, "List-Unsubscribe"));
        assertTrue(link.find());
        String path = link.group(2);

        HttpClient noCookies = HttpClient.newHttpClient();
        HttpResponse<String> shown = noCookies.send(
                HttpRequest.newBuilder(uri.resolve(path)).GET().build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, shown.statusCode());
        assertTrue(shown.body().contains("Confirmer"), "a GET only asks");
        Forum.reply(author, topic, null, "Version 2 du tract.");
        SmtpServer.awaitForumMail("nmdepart@example.org", 2);

        HttpResponse<String> oneClick = noCookies.send(
                HttpRequest.newBuilder(uri.resolve(path))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString("List-Unsubscribe=One-Click"))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, oneClick.statusCode(), oneClick.body());
        Forum.Place third = Forum.reply(author, topic, null, "Version 3 du tract.");
        Forum.Place marker =
                Forum.reply(author, Forum.topic(author, CATEGORY, "Repère nmdepart", "@nmdepart repère"), null, "fin");
        List<MimeMessage> received = SmtpServer.awaitForumMailTo(
                "nmdepart@example.org",
                list -> list.stream().anyMatch(m -> subject(m).contains("Repère nmdepart")));
        assertTrue(
                received.stream().noneMatch(m -> part(m, "text/plain").contains("Version 3")),
                "no mail about the topic after one click (post " + third.number() + ", marker " + marker.number()
                        + ")");

        // One character of the MAC changed (not the last: its low bits carry nothing, see below).
        int changed = path.length() - 5;
        String forgedPath =
                path.substring(0, changed) + (path.charAt(changed) == 'A' ? 'B' : 'A') + path.substring(changed + 1);
        assertEquals(404, oneClick(noCookies, forgedPath), "a changed token is refused");
        // The same bytes written another way: the last character's unused low bit flipped.
        String alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
        char last = path.charAt(path.length() - 1);
        String rewritten = path.substring(0, path.length() - 1) + alphabet.charAt(alphabet.indexOf(last) ^ 1);
        assertEquals(404, oneClick(noCookies, rewritten), "only the token as written in the mail is a link");
    }

    private int oneClick(HttpClient client, String path) throws Exception {
        return client.send(
                        HttpRequest.newBuilder(uri.resolve(path))
                                .POST(HttpRequest.BodyPublishers.ofString("List-Unsubscribe=One-Click"))
                                .build(),
                        HttpResponse.BodyHandlers.ofString())
                .statusCode();
    }

    @Test
    void aMailWaitsAndIsCancelledWhenThePostIsWithdrawnMeanwhile() throws Exception {
        WebClient reader = Members.joined(uri, "nmannule", "nmannule@example.org");
        MailMembers.alwaysMailed(reader);
        WebClient author = Members.joined(uri, "nmregret", "nmregret@example.org");
        Forum.Place topic = Forum.topic(author, CATEGORY, "Message regretté", "@nmannule message envoyé trop vite");
        long postId = Forum.postId(author, topic);
        assertEquals(
                303,
                author.submit(topic.topicPath(), "/p/" + postId + "/withdraw", Map.of())
                        .statusCode());
        Forum.topic(author, CATEGORY, "Message maintenu", "@nmannule ce message-ci reste");

        List<MimeMessage> received = SmtpServer.awaitForumMailTo("nmannule@example.org", list -> !list.isEmpty());
        assertEquals(1, received.size());
        assertTrue(subject(received.get(0)).contains("Message maintenu"), "only the post still there was mailed");
        String outbox =
                new WebClient(uri).get("/test-support/mail/outbox/" + postId).body();
        assertTrue(outbox.contains("nmannule@example.org CANCELLED"), outbox);
    }

    @Test
    void anEditMadeBeforeTheMailIsDueIsWhatTheMailSays() {
        WebClient reader = Members.joined(uri, "nmcorrige", "nmcorrige@example.org");
        MailMembers.alwaysMailed(reader);
        WebClient author = Members.joined(uri, "nmfaute", "nmfaute@example.org");
        Forum.Place topic = Forum.topic(author, CATEGORY, "Horaire corrigé", "@nmcorrige rendez-vous à 17 h");
        long postId = Forum.postId(author, topic);
        assertEquals(
                303,
                author.submit(
                                "/p/" + postId + "/edit",
                                "/p/" + postId + "/edit",
                                Map.of(
                                        "raw",
                                        "@nmcorrige rendez-vous à 18 h (corrigé)",
                                        "reason",
                                        "heure",
                                        "intent",
                                        "publish"))
                        .statusCode());

        MimeMessage mail = SmtpServer.awaitForumMail("nmcorrige@example.org", 1).get(0);
        String text = part(mail, "text/plain");
        assertTrue(text.contains("18 h (corrigé)"), text);
        assertFalse(text.contains("17 h"), text);
    }

    @Test
    void accentsInSubjectAndSenderSurviveAndTheMemberLanguageIsUsed() throws Exception {
        WebClient reader = Members.joined(uri, "nmenglish", "nmenglish@example.org");
        MailMembers.alwaysMailed(reader);
        assertEquals(
                303,
                reader.submit("/preferences", "/preferences", Map.of("language", "en", "timeZone", "America/Montreal"))
                        .statusCode());
        WebClient author = Members.joined(uri, "nmelodie", "nmelodie@example.org");
        assertEquals(
                303,
                author.submit("/preferences", "/preferences/profile", Map.of("displayName", "Élodie Çà", "bio", ""))
                        .statusCode());
        Forum.topic(author, CATEGORY, "Où en est la loi « sécurité globale » ?", "@nmenglish des nouvelles ?");

        MimeMessage mail = SmtpServer.awaitForumMail("nmenglish@example.org", 1).get(0);
        assertEquals("[Catégorie " + CATEGORY + "] Où en est la loi « sécurité globale » ?", mail.getSubject());
        assertEquals(
                "Élodie Çà (@nmelodie) via Palabre",
                ((InternetAddress) mail.getFrom()[0]).getPersonal(),
                "the username says who it is");
        assertTrue(mail.getHeader("Subject")[0].contains("=?UTF-8?"), "the raw header is RFC 2047 encoded");
        String text = part(mail, "text/plain");
        assertTrue(text.contains("You receive this mail because Élodie Çà (@nmelodie) mentioned you."), text);
        assertTrue(text.contains("Stop mail when someone mentions you:"), text);
    }

    @Test
    void lineBreaksInNamesAndTitlesNeverAddAHeader() throws Exception {
        WebClient reader = Members.joined(uri, "nminjecte", "nminjecte@example.org");
        MailMembers.alwaysMailed(reader);
        WebClient author = Members.joined(uri, "nmpirate", "nmpirate@example.org");
        author.submit(
                "/preferences",
                "/preferences/profile",
                Map.of("displayName", "Pirate\r\nBcc: nmvictime@example.org", "bio", ""));
        HttpResponse<String> crlfTitle = author.submit(
                "/new-topic?category=" + CATEGORY,
                "/new-topic",
                Map.of(
                        "category",
                        CATEGORY,
                        "title",
                        "Titre\r\nBcc: nmvictime@example.org",
                        "raw",
                        "@nminjecte texte",
                        "intent",
                        "publish"));
        assertEquals(422, crlfTitle.statusCode(), "a title with a line break is refused with a message");
        Forum.topic(author, CATEGORY, "Titre sans piège", "@nminjecte texte");

        MimeMessage mail = SmtpServer.awaitForumMail("nminjecte@example.org", 1).get(0);
        assertNull(mail.getHeader("Bcc"));
        assertEquals(1, mail.getAllRecipients().length);
        assertTrue(SmtpServer.to("nmvictime@example.org").isEmpty(), "nobody else received it");
        String sender = ((InternetAddress) mail.getFrom()[0]).getPersonal();
        assertNotNull(sender);
        assertFalse(sender.contains("\n") || sender.contains("\r"), sender);
    }

    @Test
    void pastTheDailyLimitMailWaitsWithOneNoticeAndLeavesWhenTheWindowAllows() throws Exception {
        WebClient reader = Members.joined(uri, "nmsature", "nmsature@example.org");
        MailMembers.alwaysMailed(reader);
        WebClient author = Members.joined(uri, "nmbavard", "nmbavard@example.org");
        for (int i = 1; i <= 8; i++) {
            Forum.topic(author, CATEGORY, "Annonce numéro " + i, "@nmsature annonce " + i);
        }
        SmtpServer.awaitTo(
                "nmsature@example.org",
                all -> all.stream().anyMatch(m -> subject(m).contains("pause")));
        List<MimeMessage> received = SmtpServer.to("nmsature@example.org");
        assertEquals(
                6, received.stream().filter(SmtpServer::isForumMail).count(), "the daily limit in this Payara is 6");
        MimeMessage notice = received.stream()
                .filter(m -> subject(m).contains("Courriels en pause"))
                .findFirst()
                .orElseThrow();
        assertTrue(notice.getContent().toString().contains("ne sont pas perdus"), "the notice says they wait");
        String rows = OutboxRows.to(uri, "nmsature@example.org");
        assertEquals(
                2,
                rows.lines()
                        .filter(line -> line.startsWith("NOTIFICATION PENDING"))
                        .count(),
                "the mails past the limit wait: " + rows);
        assertFalse(rows.contains("CANCELLED"), rows);

        // The limit counts over 15 seconds in this Payara, a day in production: once the first mails leave the
        // window, the held ones are sent, each once.
        Instant deadline = Instant.now().plus(Duration.ofSeconds(45));
        List<MimeMessage> forumMail = SmtpServer.forumMailTo("nmsature@example.org");
        while (forumMail.size() < 8 && Instant.now().isBefore(deadline)) {
            Thread.sleep(250);
            forumMail = SmtpServer.forumMailTo("nmsature@example.org");
        }
        List<String> subjects = forumMail.stream().map(m -> subject(m)).toList();
        for (int i = 1; i <= 8; i++) {
            String announcement = "Annonce numéro " + i;
            assertEquals(
                    1, subjects.stream().filter(s -> s.endsWith(announcement)).count(), subjects.toString());
        }
        assertEquals(
                1,
                SmtpServer.to("nmsature@example.org").stream()
                        .filter(m -> subject(m).contains("Courriels en pause"))
                        .count(),
                "one notice, not one per mail");
        String settled = OutboxRows.awaitSettledTo(uri, "nmsature@example.org", Duration.ofSeconds(10));
        assertFalse(settled.contains("CANCELLED"), settled);
    }

    @Test
    void twoWorkersSendingToOneMemberAtOnceStayUnderTheDailyLimitTogether() throws Exception {
        WebClient reader = Members.joined(uri, "nmdouble", "nmdouble@example.org");
        MailMembers.alwaysMailed(reader);
        WebClient author = Members.joined(uri, "nmjumeau", "nmjumeau@example.org");
        for (int i = 1; i <= 7; i++) {
            Forum.Place topic = Forum.topic(author, CATEGORY, "Rappel numéro " + i, "@nmdouble rappel " + i);
            // held back until the two workers below take them, so the outbox's own workers leave them alone
            new WebClient(uri).get("/test-support/mail/hold/" + Forum.postId(author, topic));
        }
        // The first worker renders six while the second renders the seventh, before the first has sent any.
        String workers = new WebClient(uri)
                .get("/test-support/mail/render-side-by-side/nmdouble@example.org/7")
                .body();
        assertEquals("first 6\nsecond 0\n", workers, "the second worker counts the six on their way");
    }

    private static String subject(MimeMessage message) {
        try {
            return message.getSubject();
        } catch (jakarta.mail.MessagingException e) {
            throw new AssertionError(e);
        }
    }
}
