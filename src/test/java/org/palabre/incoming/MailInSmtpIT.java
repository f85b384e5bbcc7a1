package org.palabre.incoming;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.palabre.testing.ReceivedMail.header;

import jakarta.mail.internet.MimeMessage;
import java.net.URI;
import java.net.URL;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.palabre.testing.Administrator;
import org.palabre.testing.Forum;
import org.palabre.testing.Members;
import org.palabre.testing.SmtpServer;
import org.palabre.testing.WebClient;

/**
 * Members answer Palabre's mail from their mail client: the answer goes to the real Reply-To of the mail they
 * received, lands in the IMAP mailbox Palabre polls (GreenMail), and shows on the site, or comes back saying why
 * not with the text they wrote. The Payara under test polls every second.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class MailInSmtpIT {

    private static final String CATEGORY = "courrier-mi";

    @ArquillianResource
    URL base;

    private URI uri;

    @BeforeEach
    void setUp() throws Exception {
        uri = base.toURI();
        SmtpServer.get();
        Forum.sharedPublicCategory(uri, CATEGORY);
    }

    /** A member mailed about a mention in a fresh topic; returns the topic and the mail they received. */
    private record Mailed(WebClient reader, String address, Forum.Place topic, Forum.Place mention, MimeMessage mail) {}

    private Mailed mentioned(String name, String title) {
        String address = name.toLowerCase() + "@example.org";
        WebClient reader = Members.joined(uri, name, address);
        assertEquals(
                303,
                reader.submit(
                                "/preferences/mail",
                                "/preferences/mail",
                                Map.of(
                                        "mention", "ALWAYS", "reply", "ALWAYS", "quote", "ALWAYS", "watched", "ALWAYS",
                                        "digest", "NEVER"))
                        .statusCode());
        WebClient author = Members.joined(uri, name + "a", name.toLowerCase() + "a@example.org");
        Forum.Place topic = Forum.topic(author, CATEGORY, title, "Le premier message du fil.");
        Forum.Place mention = Forum.reply(author, topic, 1, "Bonjour @" + name + ", tu en penses quoi ?");
        MimeMessage mail = SmtpServer.awaitForumMail(address, 1).get(0);
        return new Mailed(reader, address, topic, mention, mail);
    }

    private static List<MimeMessage> answersTo(String address) {
        return SmtpServer.to(address).stream()
                .filter(mail -> {
                    try {
                        return mail.getSubject().startsWith("Non publié");
                    } catch (Exception e) {
                        return false;
                    }
                })
                .toList();
    }

    @Test
    void anAnswerFromTheMailClientIsPostedUnderThePostItAnswers() throws Exception {
        Mailed mailed = mentioned("MiRepond", "Assemblée de quartier");
        String replyTo = header(mailed.mail(), "Reply-To");
        assertNotNull(replyTo, "the mail carries a Reply-To address of its own");
        assertTrue(replyTo.matches("palabre\\+[0-9a-f]{40}@palabre\\.test"), replyTo);

        Instant arrived = Instant.now();
        SmtpServer.deliverToPalabre(MailInCalls.written(
                mailed.address(), replyTo, "Re: " + mailed.mail().getSubject(), "Present, par courriel.", Map.of()));
        MailInCalls.PostSeen post = MailInCalls.await(
                () -> MailInCalls.post(mailed.reader(), mailed.topic().id(), "Present, par courriel."),
                found -> found != null);
        Duration took = Duration.between(arrived, Instant.now());
        System.out.println("Mail in: from the IMAP mailbox to the post on the site in " + took.toMillis() + " ms");

        assertNotNull(
                post,
                "the answer is posted: "
                        + Forum.json(
                                        mailed.reader(),
                                        "GET",
                                        "/api/topics/" + mailed.topic().id() + "?size=200",
                                        null)
                                .body());
        assertEquals("MiRepond", post.author());
        assertEquals(mailed.mention().number(), post.replyTo(), "under the post the mail was about");
        assertFalse(post.cooked().contains("origine"), "only the new text, not the quoted mail: " + post.cooked());
    }

    @Test
    void aReplyToAClosedTopicComesBackByMailWithTheTextWritten() throws Exception {
        Mailed mailed = mentioned("MiFerme", "Sujet bientôt fermé");
        WebClient admin = Administrator.signedIn(uri);
        assertEquals(
                303,
                admin.submit(
                                mailed.topic().topicPath(),
                                "/moderation/topics/" + mailed.topic().id() + "/close",
                                Map.of("reason", "Assez dit"))
                        .statusCode());

        SmtpServer.deliverToPalabre(MailInCalls.written(
                mailed.address(),
                header(mailed.mail(), "Reply-To"),
                "Re: fermé",
                "Mon texte que je ne veux pas perdre.",
                Map.of()));
        List<MimeMessage> answers = MailInCalls.await(() -> answersTo(mailed.address()), list -> !list.isEmpty());
        assertEquals(1, answers.size(), "one answer, saying why");
        String text = (String) answers.get(0).getContent();
        assertTrue(text.contains("fermé"), text);
        assertTrue(text.contains("Mon texte que je ne veux pas perdre."), "the text comes back: " + text);
        assertNull(MailInCalls.post(mailed.reader(), mailed.topic().id(), "Mon texte que je ne veux pas perdre."));
    }

    @Test
    void aSilencedMembersReplyComesBackSayingSo() throws Exception {
        Mailed mailed = mentioned("MiMuet", "Sujet calme");
        WebClient admin = Administrator.signedIn(uri);
        assertEquals(
                200,
                Forum.json(
                                admin,
                                "POST",
                                "/api/moderation/members/MiMuet/silence",
                                "{\"days\":3,\"reason\":\"mi calme\"}")
                        .statusCode());

        SmtpServer.deliverToPalabre(MailInCalls.written(
                mailed.address(), header(mailed.mail(), "Reply-To"), "Re: calme", "Je parle quand même.", Map.of()));
        List<MimeMessage> answers = MailInCalls.await(() -> answersTo(mailed.address()), list -> !list.isEmpty());
        assertEquals(1, answers.size());
        String text = (String) answers.get(0).getContent();
        assertTrue(text.contains("réduit au silence"), text);
        assertTrue(text.contains("Je parle quand même."), text);
    }

    @Test
    void aMailDeliveredTwiceIsPostedOnce() throws Exception {
        Mailed mailed = mentioned("MiDeuxFois", "Sujet du doublon");
        MimeMessage answer = MailInCalls.written(
                mailed.address(), header(mailed.mail(), "Reply-To"), "Re: doublon", "Une seule fois, svp.", Map.of());
        SmtpServer.deliverToPalabre(answer);
        SmtpServer.deliverToPalabre(answer);
        assertNotNull(MailInCalls.await(
                () -> MailInCalls.post(mailed.reader(), mailed.topic().id(), "Une seule fois, svp."),
                found -> found != null));
        Thread.sleep(3000); // two more polls: the second copy has been taken out of the mailbox and refused as seen
        // post() fails the test if the text is there twice
        assertNotNull(MailInCalls.post(mailed.reader(), mailed.topic().id(), "Une seule fois, svp."));
        assertTrue(incomingPage().contains("Re: doublon"), "the mail is in the incoming log");
    }

    @Test
    void anAutoReplyPostsNothingAndIsNotAnswered() throws Exception {
        Mailed mailed = mentioned("MiAbsent", "Sujet des vacances");
        SmtpServer.deliverToPalabre(MailInCalls.written(
                mailed.address(),
                header(mailed.mail(), "Reply-To"),
                "Absence : Re: vacances",
                "Je suis en congé jusqu'au 2 janvier.",
                Map.of("Auto-Submitted", "auto-replied")));
        // The row shows as RECEIVED from its claim until the pipeline has decided: wait for the decision.
        Pattern decided = Pattern.compile(
                "data-outcome=\"(?!RECEIVED)(\\w+)\">(?:(?!</tr>).)*Absence : Re: vacances", Pattern.DOTALL);
        String page = MailInCalls.await(
                this::incomingPage, html -> decided.matcher(html).find());
        Matcher row = decided.matcher(page);
        assertTrue(row.find(), page);
        assertEquals("IGNORED", row.group(1));
        Thread.sleep(2000);
        assertNull(MailInCalls.post(mailed.reader(), mailed.topic().id(), "en congé"));
        assertTrue(answersTo(mailed.address()).isEmpty(), "an automatic mail is never answered");
    }

    @Test
    void aNewTopicStartsByMailToTheCategorysAddress() throws Exception {
        WebClient member = Members.joined(uri, "MiNouveau", "minouveau@example.org");
        WebClient admin = Administrator.signedIn(uri);
        String categoryId = categoryId(admin);
        assertEquals(
                303,
                admin.submit(
                                "/admin/mail/incoming",
                                "/admin/mail/incoming/categories/" + categoryId,
                                Map.of("address", "courrier-mi@palabre.test"))
                        .statusCode());

        SmtpServer.deliverToPalabre(MailInCalls.written(
                "minouveau@example.org",
                "courrier-mi@palabre.test",
                "Fête de la rue Mouffetard",
                "Qui vient samedi ?",
                Map.of()));
        String listing = MailInCalls.await(
                () -> member.get("/c/" + CATEGORY).body(), html -> html.contains("Fête de la rue Mouffetard"));
        assertTrue(listing.contains("Fête de la rue Mouffetard"), "the subject is the new topic's title");

        SmtpServer.deliverToPalabre(MailInCalls.written(
                "inconnu-mi@example.org", "courrier-mi@palabre.test", "Spam", "Achetez !", Map.of()));
        List<MimeMessage> answers =
                MailInCalls.await(() -> answersTo("inconnu-mi@example.org"), list -> !list.isEmpty());
        assertEquals(1, answers.size(), "a stranger is told, never posted");
        assertTrue(((String) answers.get(0).getContent()).contains("Achetez !"));
    }

    @Test
    void writingToTheListUnsubscribeAddressStopsThatMail() throws Exception {
        Mailed mailed = mentioned("MiDesabo", "Sujet du désabonnement");
        Matcher mailto = Pattern.compile("<mailto:([^>]+)>").matcher(header(mailed.mail(), "List-Unsubscribe"));
        assertTrue(mailto.find());
        SmtpServer.deliverToPalabre(
                MailInCalls.written(mailed.address(), mailto.group(1), "unsubscribe", "", Map.of()));
        String preferences = MailInCalls.await(
                () -> mailed.reader().get("/preferences/mail").body(),
                html -> html.matches("(?s).*id=\"mail-mention\"(?:(?!</select>).)*value=\"NEVER\" selected.*"));
        assertTrue(
                preferences.matches("(?s).*id=\"mail-mention\"(?:(?!</select>).)*value=\"NEVER\" selected.*"),
                "mention mail is off, as the one-click link does");
    }

    private String incomingPage() {
        return Administrator.signedIn(uri).get("/admin/mail/incoming").body();
    }

    private static String categoryId(WebClient admin) {
        Matcher id = Pattern.compile(
                        "/admin/mail/incoming/categories/(\\d+)\"[^<]*>\\s*<input[^>]*>\\s*<label[^>]*>Catégorie "
                                + CATEGORY)
                .matcher(admin.get("/admin/mail/incoming").body());
        assertTrue(id.find(), "the category has an address form");
        return id.group(1);
    }
}
