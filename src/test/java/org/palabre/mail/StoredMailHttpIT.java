package org.palabre.mail;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
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
import org.palabre.testing.Inbox;
import org.palabre.testing.MailLogReader;
import org.palabre.testing.Members;
import org.palabre.testing.OutboxRows;
import org.palabre.testing.WebClient;

/**
 * Notification mail on the embedded default, with no SMTP server: mails are rendered and kept in Palabre, where
 * administrators read them, and everything a recipient can do with one (one-click unsubscribe) works the same.
 * Also the mail preferences page, "only when away", mailing-list mode and the digest.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class StoredMailHttpIT {

    private static final String CATEGORY = "courrier-sm";

    @ArquillianResource
    URL base;

    private URI uri;

    @BeforeEach
    void setUp() throws Exception {
        uri = base.toURI();
        Forum.sharedPublicCategory(uri, CATEGORY);
    }

    @Test
    void aMentionMailIsKeptWithItsHeadersAndListedAsSentInTheOutbox() {
        WebClient reader = Members.joined(uri, "smlectrice", "smlectrice@example.org");
        MailMembers.alwaysMailed(reader);
        WebClient author = Members.joined(uri, "smauteur", "smauteur@example.org");
        Forum.topic(author, CATEGORY, "Compte rendu de l’AG", "@smlectrice voici le compte rendu.");

        String mail = awaitStoredMail("smlectrice@example.org", "Compte rendu de l’AG");
        assertTrue(mail.contains("List-Unsubscribe-Post"), mail);
        assertTrue(mail.contains("smauteur via Palabre"), mail);
        assertTrue(mail.contains("@smlectrice voici le compte rendu."), mail);
        assertTrue(mail.contains("Return-Path"), mail);
        String outbox =
                Administrator.signedIn(uri).get("/admin/mail?status=SENT").body();
        assertTrue(outbox.contains("Compte rendu de l’AG"), "the outbox lists it as sent");
    }

    @Test
    void anAuthorsDisplayNameComesWithTheUsernameInTheMailAndOnTheTopicPage() {
        WebClient reader = Members.joined(uri, "smlectrice2", "smlectrice2@example.org");
        MailMembers.alwaysMailed(reader);
        WebClient author = Members.joined(uri, "smlune", "smlune@example.org");
        assertEquals(
                303,
                author.submit("/preferences", "/preferences/profile", Map.of("displayName", "Lune Rouge", "bio", ""))
                        .statusCode());
        Forum.Place topic = Forum.topic(author, CATEGORY, "Qui écrit ?", "@smlectrice2 c’est bien moi.");

        String mail = awaitStoredMail("smlectrice2@example.org", "Qui écrit ?");
        assertTrue(mail.contains("Lune Rouge (@smlune) via Palabre"), "the From name: " + mail);
        assertTrue(mail.contains("Lune Rouge (@smlune) a écrit"), "the body: " + mail);
        assertTrue(
                new WebClient(uri)
                        .get(topic.topicPath())
                        .body()
                        .contains("<span class=\"author-username\">@smlune</span>"),
                "the author line of the post");
    }

    @Test
    void theMailPreferencesFormKeepsTheChoiceAndRefusesNonsense() {
        WebClient member = Members.joined(uri, "smchoix", "smchoix@example.org");
        MailMembers.choose(member, "NEVER", true, "DAILY");
        String page = member.get("/preferences/mail").body();
        assertTrue(page.contains("value=\"NEVER\" selected"), page);
        assertTrue(page.contains("value=\"DAILY\" selected"), page);
        assertTrue(page.contains("name=\"mailingList\" value=\"on\" checked"), page);
        HttpResponse<String> nonsense = member.submit(
                "/preferences/mail",
                "/preferences/mail",
                Map.of(
                        "mention",
                        "SOMETIMES",
                        "reply",
                        "ALWAYS",
                        "quote",
                        "ALWAYS",
                        "watched",
                        "ALWAYS",
                        "digest",
                        "NEVER"));
        assertEquals(422, nonsense.statusCode());
        assertTrue(member.get("/preferences/mail").body().contains("value=\"DAILY\" selected"), "nothing changed");
        assertEquals(303, new WebClient(uri).get("/preferences/mail").statusCode(), "visitors are sent to sign in");
        MailMembers.choose(
                member, "NEVER", false, "NEVER"); // mailing-list mode would mail this member every later post
    }

    @Test
    void aMemberOnTheSiteGetsNoAwayMailButOneWhoChoseAlwaysDoes() {
        WebClient present = Members.joined(uri, "smpresente", "smpresente@example.org");
        MailMembers.choose(present, "AWAY", false, "NEVER");
        WebClient always = Members.joined(uri, "smtoujours", "smtoujours@example.org");
        MailMembers.alwaysMailed(always);
        WebClient author = Members.joined(uri, "smappel", "smappel@example.org");
        Forum.topic(author, CATEGORY, "Appel à présence", "@smpresente et @smtoujours : venez.");

        awaitStoredMail("smtoujours@example.org", "Appel à présence");
        assertTrue(
                new MailLogReader(uri)
                        .mailsTo("smpresente@example.org").stream()
                                .noneMatch(id -> new MailLogReader(uri).page(id).contains("Appel à présence")),
                "a member using the site sees it there");
    }

    @Test
    void mailingListModeMailsEveryPostOfReadableCategoriesButNotMutedOnes() {
        WebClient listMember = Members.joined(uri, "smliste", "smliste@example.org");
        MailMembers.choose(listMember, "NEVER", true, "NEVER");
        Forum.sharedPublicCategory(uri, "bruit-sm");
        assertEquals(
                303,
                listMember
                        .submit("/c/bruit-sm", "/watches/categories/bruit-sm", Map.of("level", "MUTED"))
                        .statusCode());
        WebClient author = Members.joined(uri, "smposte", "smposte@example.org");
        Forum.topic(author, "bruit-sm", "Sujet en sourdine", "Rien à voir.");
        Forum.Place topic = Forum.topic(author, CATEGORY, "Sujet pour la liste", "Premier message.");
        Forum.reply(author, topic, null, "Deuxième message.");

        try {
            String first = awaitStoredMail("smliste@example.org", "Deuxième message.");
            assertTrue(first.contains("Precedence"), first);
            List<Long> mails = new MailLogReader(uri).mailsTo("smliste@example.org");
            assertTrue(mails.stream()
                    .noneMatch(id -> new MailLogReader(uri).page(id).contains("Sujet en sourdine")));
        } finally {
            // Every later post of every test would be mailed to this member (and the mail suite may share the
            // database).
            MailMembers.choose(listMember, "NEVER", false, "NEVER");
        }
    }

    @Test
    void oneClickUnsubscribeFromAStoredMailTurnsTheMailOff() throws Exception {
        WebClient reader = Members.joined(uri, "smquitte", "smquitte@example.org");
        MailMembers.alwaysMailed(reader);
        WebClient author = Members.joined(uri, "smencore", "smencore@example.org");
        Forum.topic(author, CATEGORY, "Avant désabonnement", "@smquitte premier.");
        String mail = awaitStoredMail("smquitte@example.org", "Avant désabonnement");
        Matcher link = Pattern.compile("https?://[^/\\s]+(/mail/unsubscribe/[A-Za-z0-9_-]+)")
                .matcher(mail);
        assertTrue(link.find(), mail);

        HttpResponse<String> oneClick = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(uri.resolve(link.group(1)))
                                .header("Content-Type", "application/x-www-form-urlencoded")
                                .POST(HttpRequest.BodyPublishers.ofString("List-Unsubscribe=One-Click"))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        assertEquals(200, oneClick.statusCode());
        assertTrue(reader.get("/preferences/mail").body().contains("<select id=\"mail-mention\" name=\"mention\">"));
        String page = reader.get("/preferences/mail").body();
        int mention = page.indexOf("id=\"mail-mention\"");
        assertTrue(
                page.substring(mention, page.indexOf("</select>", mention)).contains("value=\"NEVER\" selected"),
                "mentions no longer mail");
    }

    @Test
    void unsubscribingFromAWatchedTopicCancelsTheMailsAboutItStillWaiting() throws Exception {
        WebClient reader = Members.joined(uri, "smveille", "smveille@example.org");
        MailMembers.alwaysMailed(reader);
        WebClient author = Members.joined(uri, "smecrit", "smecrit@example.org");
        Forum.Place topic = Forum.topic(author, CATEGORY, "Sujet suivi puis quitté", "Premier message.");
        assertEquals(
                303,
                reader.submit(topic.topicPath(), "/watches/topics/" + topic.id(), Map.of("level", "WATCHING"))
                        .statusCode());
        Forum.reply(author, topic, null, "Première réponse.");
        String mail = awaitStoredMail("smveille@example.org", "Sujet suivi puis quitté");
        Matcher link = Pattern.compile("https?://[^/\\s]+(/mail/unsubscribe/[A-Za-z0-9_-]+)")
                .matcher(mail);
        assertTrue(link.find(), mail);
        long waiting = Forum.postId(author, Forum.reply(author, topic, null, "Deuxième réponse."));
        assertTrue(
                Integer.parseInt(new WebClient(uri)
                                .get("/test-support/mail/hold/" + waiting)
                                .body()
                                .strip())
                        >= 1,
                "the second reply's mail waits");

        HttpResponse<String> oneClick = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(uri.resolve(link.group(1)))
                                .header("Content-Type", "application/x-www-form-urlencoded")
                                .POST(HttpRequest.BodyPublishers.ofString("List-Unsubscribe=One-Click"))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        assertEquals(200, oneClick.statusCode());
        assertTrue(
                OutboxRows.aboutPost(uri, waiting, "smveille@").contains("smveille@example.org CANCELLED"),
                OutboxRows.aboutPost(uri, waiting, "smveille@"));
        String cancelled =
                Administrator.signedIn(uri).get("/admin/mail?status=CANCELLED").body();
        assertTrue(
                cancelled.contains("<td class=\"reason\">Le "),
                "the French mail page gives why a mail was cancelled in French: " + cancelled);
        assertFalse(cancelled.contains("The member") || cancelled.contains("The post"), cancelled);
    }

    @Test
    void aDueDigestLinksTheMostActiveNewTopicsAndComesOncePerPeriod() {
        WebClient reader = Members.joined(uri, "smresume", "smresume@example.org");
        MailMembers.choose(reader, "NEVER", false, "DAILY");
        new WebClient(uri).get("/test-support/age/smresume");
        WebClient author = Members.joined(uri, "smactif", "smactif@example.org");
        Forum.topic(author, CATEGORY, "Nouveau sujet pour le résumé", "Du nouveau.");
        assertTrue(Integer.parseInt(new WebClient(uri)
                        .get("/test-support/mail/digests")
                        .body()
                        .strip())
                >= 1);

        String digest = awaitStoredMail("smresume@example.org", "Résumé des discussions");
        assertTrue(
                digest.contains("Voici votre premier résumé : ce qui s’est passé sur Palabre ces 7 derniers jours."),
                "a first summary does not speak of a last one: " + digest);
        assertFalse(digest.contains("depuis votre dernier résumé"), digest);
        assertTrue(
                Pattern.compile("https?://[^/\\s]+/t/[a-z0-9-]+/[0-9]+")
                        .matcher(digest)
                        .find(),
                "links to the most active new topics");
        new WebClient(uri).get("/test-support/mail/digests");
        assertEquals(
                1,
                OutboxRows.to(uri, "smresume@example.org")
                        .lines()
                        .filter(line -> line.startsWith("DIGEST "))
                        .count(),
                "one digest per period");
    }

    /** A mail client shows "=?UTF-8?B?UGF5ZXogaWNp?=" as "Payez ici" when the Subject carries it raw. */
    @Test
    void aTitleTypedAsAnEncodedWordIsEncodedInTheSubjectSoClientsShowItAsTyped() {
        WebClient reader = Members.joined(uri, "smencodee", "smencodee@example.org");
        MailMembers.alwaysMailed(reader);
        WebClient author = Members.joined(uri, "smencodeur", "smencodeur@example.org");
        Forum.topic(author, CATEGORY, "Lisez =?UTF-8?B?UGF5ZXogaWNp?= vite", "@smencodee un sujet piégé.");

        String mail = awaitStoredMail("smencodee@example.org", "un sujet piégé");
        // The mail log shows each header decoded, as a mail client does.
        Matcher subject = Pattern.compile("<dt>Subject</dt><dd>([^<]*)</dd>").matcher(mail);
        assertTrue(subject.find(), mail);
        assertTrue(subject.group(1).contains("Lisez =?UTF-8?B?UGF5ZXogaWNp?= vite"), subject.group(1));
        assertFalse(subject.group(1).contains("Payez ici"), subject.group(1));
    }

    @Test
    void aMemberInMailingListModeGetsNoDigestSinceEveryPostReachesThemAlready() {
        WebClient listMember = Members.joined(uri, "smlisteresume", "smlisteresume@example.org");
        MailMembers.choose(listMember, "NEVER", true, "DAILY");
        new WebClient(uri).get("/test-support/age/smlisteresume");
        WebClient author = Members.joined(uri, "smlisteauteur", "smlisteauteur@example.org");
        Forum.topic(author, CATEGORY, "Sujet déjà reçu par la liste", "Reçu message par message.");

        new WebClient(uri).get("/test-support/mail/digests");
        assertEquals(
                0,
                OutboxRows.to(uri, "smlisteresume@example.org")
                        .lines()
                        .filter(line -> line.startsWith("DIGEST "))
                        .count(),
                "no summary queued for a member who gets every post");
        MailMembers.choose(listMember, "NEVER", false, "NEVER");
    }

    /** The text of the first stored mail to the recipient that contains the words, waited for (mail leaves after 2 s). */
    private String awaitStoredMail(String recipient, String words) {
        MailLogReader log = new MailLogReader(uri);
        Instant deadline = Instant.now().plus(Duration.ofSeconds(20));
        while (Instant.now().isBefore(deadline)) {
            for (long id : log.mailsTo(recipient)) {
                String page = log.page(id);
                if (page.contains(words)) {
                    return page;
                }
            }
            Inbox.pause();
        }
        throw new AssertionError("no stored mail to " + recipient + " containing " + words);
    }
}
