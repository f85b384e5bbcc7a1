package org.palabre.moderation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.palabre.moderation.ModerationCalls.bearer;
import static org.palabre.moderation.ModerationCalls.flag;
import static org.palabre.moderation.ModerationCalls.joined;
import static org.palabre.moderation.ModerationCalls.moderator;
import static org.palabre.moderation.ModerationCalls.send;
import static org.palabre.moderation.ModerationCalls.token;

import java.net.URI;
import java.net.URL;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.palabre.testing.Administrator;
import org.palabre.testing.Forum;
import org.palabre.testing.Forum.Place;
import org.palabre.testing.Inbox;
import org.palabre.testing.MailLogReader;
import org.palabre.testing.Members;
import org.palabre.testing.WebClient;

/** Flags, the review queue, silences, suspensions with the two-person rule, and the moderation logs, over HTTP. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ModerationHttpIT {

    private static final String CATEGORY = "kes-moderation";

    @ArquillianResource
    URL base;

    private URI uri;

    @BeforeEach
    void setUp() throws Exception {
        uri = base.toURI();
        Forum.sharedPublicCategory(uri, CATEGORY);
    }

    @Test
    void flagsAreOnePerMemberNeverOnOnesOwnPostRefusedWhereUnreadableAndRateLimited() {
        WebClient author = joined(uri, "KesAuteurA", "en");
        WebClient flagger = joined(uri, "KesSignaleurA", "fr");
        Place topic = Forum.topic(author, CATEGORY, "Sujet à signaler une fois", "Un texte qu’on peut signaler.");
        long post = Forum.postId(author, topic);

        assertEquals(403, flag(author, post, "SPAM", "").statusCode(), "not one's own post");
        assertEquals(422, flag(flagger, post, "SOMETHING_ELSE", "").statusCode(), "something else needs words");
        assertEquals(201, flag(flagger, post, "SPAM", "").statusCode());
        HttpResponse<String> again = flag(flagger, post, "OFF_TOPIC", "");
        assertEquals(409, again.statusCode());
        assertTrue(again.body().contains("déjà signalé"), again.body());
        for (int attempt = 0; attempt < 7; attempt++) {
            assertEquals(409, flag(flagger, post, "SPAM", "").statusCode());
        }
        HttpResponse<String> flood = flag(flagger, post, "SPAM", "");
        assertEquals(429, flood.statusCode(), "the eleventh attempt within the hour: " + flood.body());

        Forum.category(uri, "kes-bureau", "GROUPS", "", "GROUPS", "");
        Place hidden = Forum.topic(Administrator.signedIn(uri), "kes-bureau", "Sujet du bureau", "Réservé au bureau.");
        long unreadable = Forum.postId(Administrator.signedIn(uri), hidden);
        WebClient outsider = joined(uri, "KesDehors", "fr");
        assertEquals(404, flag(outsider, unreadable, "SPAM", "").statusCode(), "a post one cannot read does not exist");
        assertEquals(404, outsider.get("/p/" + unreadable + "/flag").statusCode());
    }

    @Test
    void threeFlagsHideAPostEverywhereAndTellModeratorsWhoDecideFromTheQueue() {
        WebClient author = joined(uri, "KesAuteurB", "fr");
        WebClient moderator = moderator(uri, "KesModoB");
        Place topic = Forum.topic(author, CATEGORY, "Sujet qui sera masqué", "Premier message tranquille.");
        Place reply = Forum.reply(author, topic, null, "Texte douteux kesdouteux à masquer.");
        long post = Forum.postId(author, reply);
        for (String name : List.of("KesTemoinB1", "KesTemoinB2", "KesTemoinB3")) {
            WebClient witness = joined(uri, name, "fr");
            HttpResponse<String> flagged = witness.submit(
                    "/p/" + post + "/flag",
                    "/p/" + post + "/flag",
                    Map.of("reason", "INAPPROPRIATE", "message", "pas à sa place"));
            assertEquals(303, flagged.statusCode(), flagged.body());
        }
        WebClient reader = joined(uri, "KesLecteurB", "fr");
        String page = reader.get(topic.topicPath()).body();
        assertFalse(page.contains("kesdouteux"), "members no longer read it");
        assertTrue(page.contains("masqué en attendant l’examen"), "the page says it is hidden in place");
        assertFalse(Forum.json(reader, "GET", "/api/topics/" + topic.id(), null)
                .body()
                .contains("kesdouteux"));
        assertTrue(Forum.json(reader, "GET", "/api/posts/" + post, null).body().contains("\"hidden\":true"));
        assertTrue(author.get(topic.topicPath()).body().contains("kesdouteux"), "its author still reads it");
        assertTrue(moderator.get(topic.topicPath()).body().contains("kesdouteux"), "and staff do");
        assertFalse(reader.get("/u/KesAuteurB").body().contains("kesdouteux"), "nor in the author's profile");
        assertTrue(
                Inbox.notifications(moderator).stream().anyMatch(n -> n.contains("POST_FLAGGED")),
                "moderators are told");

        String queue = moderator.get("/review").body();
        assertTrue(
                queue.contains("KesTemoinB1") && queue.contains("pas à sa place") && queue.contains("kesdouteux"),
                queue);
        HttpResponse<String> restored = moderator.submit(
                "/review", "/review/" + post, Map.of("decision", "disagree", "reason", "kes rien de grave"));
        assertEquals(303, restored.statusCode(), restored.body());
        assertTrue(reader.get(topic.topicPath()).body().contains("kesdouteux"), "shown again");
        String log = moderator.get("/admin/log?action=FLAGS_DISAGREED").body();
        assertTrue(
                log.contains("KesModoB") && log.contains("kes rien de grave") && log.contains(reply.postPath()), log);
    }

    @Test
    void theAuthorOfAHiddenPostIsToldWhyOnTheSiteAndByMailAndNobodyElseIs() {
        WebClient author = joined(uri, "KesAuteurH", "en");
        assertEquals(
                303,
                author.submit(
                                "/preferences/mail",
                                "/preferences/mail",
                                Map.of(
                                        "mention", "ALWAYS", "reply", "ALWAYS", "quote", "ALWAYS", "watched", "ALWAYS",
                                        "digest", "NEVER"))
                        .statusCode());
        WebClient moderator = moderator(uri, "KesModoH");
        Place topic = Forum.topic(author, CATEGORY, "Sujet kesmasque", "Premier message sans histoire.");
        Place flagged = Forum.reply(author, topic, null, "Texte keshidden que trois membres signalent.");
        long post = Forum.postId(author, flagged);
        List<WebClient> witnesses = new java.util.ArrayList<>();
        for (String name : List.of("KesTemoinH1", "KesTemoinH2", "KesTemoinH3")) {
            WebClient witness = joined(uri, name, "fr");
            witnesses.add(witness);
            assertEquals(
                    201,
                    flag(witness, post, "SPAM", "kes mot privé du signaleur").statusCode());
        }

        List<String> told = Inbox.notifications(author);
        assertTrue(told.stream().anyMatch(n -> n.contains("YOUR_POST_HIDDEN")), "the author is told: " + told);
        assertTrue(told.stream().noneMatch(n -> n.contains("KesTemoinH")), "but not who flagged: " + told);
        String page = author.get("/notifications").body();
        assertTrue(page.contains("Your post in “Sujet kesmasque” was hidden from members"), page);
        assertTrue(page.contains("Flag reason: Spam."), "with the flag's reason: " + page);
        assertTrue(page.contains("write to the category’s moderators"), "and what they can do: " + page);
        assertFalse(page.contains("kes mot privé"), "never the flaggers' own words");
        for (WebClient other : List.of(witnesses.get(0), witnesses.get(2), moderator)) {
            assertTrue(
                    Inbox.notifications(other).stream().noneMatch(n -> n.contains("YOUR_POST_HIDDEN")),
                    "nobody else is told of it as their post");
        }

        String mail = awaitStoredMail("kesauteurh@kes.test", "Your post was hidden");
        assertTrue(mail.contains("Flag reason: Spam."), "the mail says why: " + mail);
        assertTrue(mail.contains(flagged.postPath()) && mail.contains("keshidden"), "and which post: " + mail);
        assertTrue(mail.contains("write to the category’s moderators"), "and what to do: " + mail);
        assertFalse(mail.contains("kes mot privé") || mail.contains("KesTemoinH"), mail);
        MailLogReader mails = new MailLogReader(uri);
        for (String other : List.of("kestemoinh1@kes.test", "kestemoinh3@kes.test", "kesmodoh@kes.test")) {
            for (long id : mails.mailsTo(other)) {
                String kept = mails.page(id);
                assertFalse(
                        kept.contains("Your post was hidden") || kept.contains("Votre message a été masqué"),
                        "no hidden-post mail to " + other + ": " + kept);
            }
        }

        pauseBetweenPosts();
        Place second = Forum.reply(author, topic, null, "Texte kessecond qu’un modérateur masque.");
        long secondPost = Forum.postId(author, second);
        assertEquals(201, flag(witnesses.get(0), secondPost, "OFF_TOPIC", "").statusCode());
        HttpResponse<String> agreed = moderator.submit(
                "/review", "/review/" + secondPost, Map.of("decision", "agree", "reason", "kes hors charte"));
        assertEquals(303, agreed.statusCode(), agreed.body());
        assertFalse(witnesses.get(1).get(topic.topicPath()).body().contains("kessecond"), "hidden by the moderator");
        assertTrue(
                author.get("/notifications").body().contains("The moderator’s reason: kes hors charte"),
                "the author reads the moderator's reason");
    }

    /** A member posts at most once every five seconds (the POST limit, which the tests' server keeps). */
    private static void pauseBetweenPosts() {
        try {
            Thread.sleep(5100);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private String awaitStoredMail(String recipient, String words) {
        MailLogReader log = new MailLogReader(uri);
        java.time.Instant deadline = java.time.Instant.now().plusSeconds(20);
        while (java.time.Instant.now().isBefore(deadline)) {
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

    @Test
    void aPostDeletedFromTheReviewQueueIsRestoredFromItsModerationMenuAndImpossibleChangesAreRefused() {
        WebClient author = joined(uri, "KesAuteurR", "fr");
        WebClient moderator = moderator(uri, "KesModoR");
        Place topic = Forum.topic(author, CATEGORY, "Sujet supprimé puis rétabli", "Premier message paisible.");
        Place reply = Forum.reply(author, topic, null, "Texte kesretabli jugé à tort.");
        long post = Forum.postId(author, reply);
        for (String name : List.of("KesTemoinR1", "KesTemoinR2", "KesTemoinR3")) {
            assertEquals(
                    201,
                    flag(joined(uri, name, "fr"), post, "INAPPROPRIATE", "").statusCode());
        }
        WebClient reader = joined(uri, "KesLecteurR", "fr");
        assertFalse(reader.get(topic.topicPath()).body().contains("kesretabli"), "hidden by its flags");

        HttpResponse<String> decided = moderator.submit(
                "/review", "/review/" + post, Map.of("decision", "agree-delete", "reason", "kes trop vite"));
        assertEquals(303, decided.statusCode(), decided.body());
        String page = reader.get(topic.topicPath()).body();
        assertFalse(page.contains("kesretabli"));
        assertTrue(page.contains("Ce message a été supprimé par un modérateur."), "deleted by a moderator: " + page);
        assertTrue(
                moderator.get(topic.topicPath()).body().contains("/moderation/posts/" + post + "/restore"),
                "its moderation menu offers to restore it");
        ModerationCalls.assertLogged(moderator, "POST_DELETED", post);

        HttpResponse<String> restored = ModerationCalls.act(
                moderator, topic.topicPath(), "/moderation/posts/" + post + "/restore", Map.of("reason", "kes à tort"));
        assertEquals(303, restored.statusCode(), restored.body());
        assertTrue(reader.get(topic.topicPath()).body().contains("kesretabli"), "members read it again");
        assertTrue(Forum.json(reader, "GET", "/api/topics/" + topic.id(), null)
                .body()
                .contains("kesretabli"));

        HttpResponse<String> again =
                ModerationCalls.act(moderator, topic.topicPath(), "/moderation/posts/" + post + "/restore", Map.of());
        assertEquals(409, again.statusCode(), "nothing left to restore");
        assertTrue(again.body().contains("Ce message n’est pas supprimé"), again.body());
        HttpResponse<String> viaApi = ModerationCalls.api(
                moderator, token(moderator), "POST", "/api/moderation/posts/" + post + "/restore", "{}");
        assertEquals(409, viaApi.statusCode(), viaApi.body());
        assertTrue(
                viaApi.body().contains("\"status\":409")
                        && (viaApi.body().contains("pas supprimé")
                                || viaApi.body().contains("not deleted")),
                viaApi.body());
    }

    @Test
    void aSuspensionEndsSessionsAndTokensAtOnceIsMailedInTheMembersLanguageAndCanBeLifted() {
        WebClient member = joined(uri, "KesSuspendu", "en");
        String token = token(member);
        assertEquals(200, bearer(uri, "/api/me", token).statusCode());
        Place topic = Forum.topic(member, CATEGORY, "Sujet avant la suspension", "Mon premier message.");
        String csrf = WebClient.csrfTokenIn(member.get(topic.topicPath()).body());
        WebClient moderator = moderator(uri, "KesModoC");
        HttpResponse<String> suspended = moderator.submit(
                "/moderation/members/KesSuspendu",
                "/moderation/members/KesSuspendu/suspend",
                Map.of("days", "7", "reason", "kes insultes répétées"));
        assertEquals(303, suspended.statusCode(), suspended.body());

        // Suspended while a reply was being typed (which closed the session): the form comes back with why, and
        // the text, rather than a redirect to the sign-in page that drops it.
        HttpResponse<String> reply = member.post(
                topic.topicPath() + "/reply",
                Map.of("raw", "A long reply typed meanwhile.", "intent", "publish", "_csrf", csrf));
        assertEquals(401, reply.statusCode(), reply.body());
        assertTrue(reply.body().contains("id=\"composer-notice\""), "says why: " + reply.body());
        assertTrue(reply.body().contains(">A long reply typed meanwhile.</textarea>"), "the text is kept");

        assertEquals(303, member.get("/preferences").statusCode(), "the open session opens nothing");
        assertEquals(401, bearer(uri, "/api/me", token).statusCode(), "nor does the token");
        WebClient again = new WebClient(uri).speaking("en");
        HttpResponse<String> refused =
                again.submit("/signin", "/signin", Map.of("login", "KesSuspendu", "password", Members.PASSWORD));
        assertEquals(403, refused.statusCode());
        assertTrue(refused.body().contains("suspended until"), refused.body());

        MailLogReader mails = new MailLogReader(uri);
        String mail = mails.page(mails.mailsTo("kessuspendu@kes.test").get(0));
        assertTrue(
                mail.contains("suspended") && mail.contains("kes insultes répétées") && mail.contains("API tokens"),
                "in English, with the reason: " + mail);

        assertEquals(
                303,
                moderator
                        .submit(
                                "/moderation/members/KesSuspendu",
                                "/moderation/members/KesSuspendu/lift-suspension",
                                Map.of("reason", ""))
                        .statusCode());
        Members.signedIn(uri, "KesSuspendu", Members.PASSWORD);
        assertEquals(
                401,
                bearer(uri, "/api/me", token).statusCode(),
                "the token was revoked, not paused: a lifted suspension wakes no forgotten script");
        String log = moderator.get("/admin/log?actor=KesModoC").body();
        assertTrue(
                log.contains("MEMBER_SUSPENDED") && log.contains("SUSPENSION_LIFTED") && log.contains("/u/KesSuspendu"),
                log);
    }

    @Test
    void aSilencedMemberReadsButCannotPostReplyOrFlag() {
        WebClient member = joined(uri, "KesMuet", "fr");
        WebClient other = joined(uri, "KesBavard", "fr");
        Place topic = Forum.topic(other, CATEGORY, "Sujet pour le silence", "On discute.");
        long post = Forum.postId(other, topic);
        WebClient moderator = moderator(uri, "KesModoD");
        assertEquals(
                200,
                Forum.json(
                                moderator,
                                "POST",
                                "/api/moderation/members/KesMuet/silence",
                                "{\"days\":3,\"reason\":\"kes calmer le jeu\"}")
                        .statusCode());

        HttpResponse<String> topicPage = member.get(topic.topicPath());
        assertEquals(200, topicPage.statusCode(), "still reads");
        String page = topicPage.body();
        assertTrue(page.contains("réduit au silence jusqu’au"), "says why and until when, before any typing");
        assertFalse(page.contains("class=\"reply-box\""), "instead of the reply box");
        String replyForm = member.get(topic.topicPath() + "/reply").body();
        assertTrue(replyForm.contains("réduit au silence jusqu’au"), replyForm);
        assertTrue(replyForm.contains("<fieldset class=\"composer-fields\" disabled>"), "nothing to type in");
        assertTrue(member.get("/new-topic").body().contains("réduit au silence jusqu’au"));

        // Silenced while the reply was being typed: the refusal comes back in the form, with the text.
        HttpResponse<String> reply = member.post(
                topic.topicPath() + "/reply",
                Map.of("raw", "Je veux répondre.", "intent", "publish", "_csrf", WebClient.csrfTokenIn(page)));
        assertEquals(403, reply.statusCode());
        assertTrue(reply.body().contains("réduit au silence jusqu’au"), reply.body());
        assertTrue(reply.body().contains(">Je veux répondre.</textarea>"), "the text is kept: " + reply.body());
        HttpResponse<String> newTopic = member.post(
                "/new-topic",
                Map.of(
                        "category", CATEGORY,
                        "title", "Un sujet muet",
                        "raw", "Mon long texte.",
                        "intent", "publish",
                        "_csrf", WebClient.csrfTokenIn(page)));
        assertEquals(403, newTopic.statusCode());
        assertTrue(newTopic.body().contains("réduit au silence jusqu’au"), newTopic.body());
        assertTrue(newTopic.body().contains(">Mon long texte.</textarea>"), "the text is kept");
        assertTrue(newTopic.body().contains("value=\"Un sujet muet\""), "the title too");

        HttpResponse<String> byApi = Forum.json(
                member,
                "POST",
                "/api/topics",
                "{\"category\":\"" + CATEGORY + "\",\"title\":\"Un sujet muet\",\"raw\":\"texte\"}");
        assertEquals(403, byApi.statusCode());
        assertEquals(
                "application/problem+json",
                byApi.headers().firstValue("Content-Type").orElse(""));
        assertTrue(
                byApi.body().contains("\"status\":403") && byApi.body().contains("réduit au silence jusqu’au"),
                "a problem document that says why and until when: " + byApi.body());
        assertEquals(403, flag(member, post, "SPAM", "").statusCode());
    }

    @Test
    void aLongSuspensionWaitsForASecondModeratorNotTheSameOne() {
        joined(uri, "KesLongue", "fr");
        WebClient first = moderator(uri, "KesModoE1");
        WebClient second = moderator(uri, "KesModoE2");
        HttpResponse<String> asked = Forum.json(
                first,
                "POST",
                "/api/moderation/members/KesLongue/suspend",
                "{\"days\":60,\"reason\":\"kes spam organisé\"}");
        assertTrue(asked.body().contains("PENDING"), asked.body());
        Members.signedIn(uri, "KesLongue", Members.PASSWORD); // not suspended yet

        String pending = first.get("/moderation/requests").body();
        String id = pending.replaceAll("(?s).*action=\"/moderation/requests/([0-9]+)\".*", "$1");
        assertEquals(
                403,
                first.submit("/moderation/requests", "/moderation/requests/" + id, Map.of("decision", "confirm"))
                        .statusCode(),
                "the one who asked cannot confirm");
        assertEquals(
                303,
                second.submit("/moderation/requests", "/moderation/requests/" + id, Map.of("decision", "confirm"))
                        .statusCode());
        HttpResponse<String> refused = new WebClient(uri)
                .submit("/signin", "/signin", Map.of("login", "KesLongue", "password", Members.PASSWORD));
        assertEquals(403, refused.statusCode());
        String log = second.get("/admin/log").body();
        assertTrue(log.contains("SUSPENSION_REQUESTED") && log.contains("SUSPENSION_CONFIRMED"), log);
    }

    @Test
    void membersAndCategoryModeratorsAreRefusedWhatIsNotTheirs() {
        WebClient member = joined(uri, "KesCurieux", "fr");
        String token = token(member);
        assertEquals(403, member.get("/review").statusCode());
        assertEquals(403, member.get("/admin/log").statusCode());
        assertEquals(403, member.get("/moderation/members/KesCurieux").statusCode());
        assertEquals(403, bearer(uri, "/api/moderation/review", token).statusCode());
        assertEquals(
                403,
                send(
                                uri,
                                member.request("/api/moderation/members/KesCurieux/suspend")
                                        .header("Authorization", "Bearer " + token)
                                        .header("Content-Type", "application/json")
                                        .POST(HttpRequest.BodyPublishers.ofString("{\"days\":1,\"reason\":\"x\"}"))
                                        .build())
                        .statusCode());

        WebClient groupModerator = joined(uri, "KesModoGroupe", "fr");
        WebClient admin = Administrator.signedIn(uri);
        assertEquals(
                303,
                admin.submit("/groups", "/groups", Map.of("name", "kes-moderateurs", "description", ""))
                        .statusCode());
        assertEquals(
                303,
                admin.submit("/g/kes-moderateurs", "/g/kes-moderateurs/members", Map.of("username", "KesModoGroupe"))
                        .statusCode());
        Forum.publicCategory(uri, "kes-quartier");
        assertEquals(
                "1",
                groupModerator
                        .get("/test-support/category-moderators/kes-quartier/kes-moderateurs")
                        .body());
        WebClient author = joined(uri, "KesAuteurF", "fr");
        WebClient witness = joined(uri, "KesTemoinF", "fr");
        Place outside = Forum.topic(author, CATEGORY, "Sujet hors de son quartier", "Texte ailleurs.");
        long post = Forum.postId(author, outside);
        assertEquals(201, flag(witness, post, "SPAM", "").statusCode());
        assertEquals(
                403,
                Forum.json(groupModerator, "POST", "/api/moderation/review/" + post, "{\"decision\":\"agree\"}")
                        .statusCode(),
                "a category's moderators decide only there");
        assertEquals(
                403,
                groupModerator.get("/moderation/members/KesAuteurF").statusCode(),
                "member actions are for site moderators");

        Place inside = Forum.topic(
                joined(uri, "KesAuteurF2", "fr"),
                "kes-quartier",
                "Sujet du quartier",
                "Texte kesquartier du quartier.");
        long own = Forum.postId(witness, inside);
        assertEquals(201, flag(groupModerator, own, "OFF_TOPIC", "").statusCode());
        assertFalse(
                witness.get(inside.topicPath()).body().contains("kesquartier"), "one flag from its moderator hides it");
        assertTrue(groupModerator.get("/review").body().contains("kesquartier"));
        assertFalse(groupModerator.get("/review").body().contains("Texte ailleurs"), "and sees only their categories");
    }

    @Test
    void theCategoryLogShowsActionsWithoutPrivateDetailsOnlyWhenTheCategoryAsks() {
        Forum.publicCategory(uri, "kes-transparente");
        WebClient author = joined(uri, "KesAuteurG", "fr");
        WebClient moderator = moderator(uri, "KesModoG");
        Place topic = Forum.topic(author, "kes-transparente", "Sujet transparent", "Texte à masquer.");
        long post = Forum.postId(author, topic);
        assertEquals(
                201,
                flag(moderator, post, "HARASSMENT", "kes message privé du signaleur")
                        .statusCode());
        assertEquals(
                200,
                Forum.json(
                                moderator,
                                "POST",
                                "/api/moderation/review/" + post,
                                "{\"decision\":\"agree\",\"reason\":\"kes propos blessants\"}")
                        .statusCode());
        WebClient visitor = new WebClient(uri);
        assertEquals(404, visitor.get("/c/kes-transparente/moderation-log").statusCode(), "off by default");

        WebClient admin = Administrator.signedIn(uri);
        assertEquals(
                303,
                admin.submit(
                                "/admin/categories/kes-transparente",
                                "/admin/categories/kes-transparente/moderation-log",
                                Map.of("public", "true"))
                        .statusCode());
        assertTrue(visitor.get("/c/kes-transparente").body().contains("/c/kes-transparente/moderation-log"));
        String log = visitor.get("/c/kes-transparente/moderation-log").body();
        assertTrue(log.contains("kes propos blessants") && log.contains("Signalements retenus"), log);
        assertFalse(log.contains("KesModoG") || log.contains("kes message privé") || log.contains("@kes.test"), log);
    }
}
