package org.palabre.moderation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.palabre.moderation.ModerationCalls.flag;
import static org.palabre.moderation.ModerationCalls.joined;
import static org.palabre.moderation.ModerationCalls.moderator;

import java.net.URI;
import java.net.URL;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.palabre.testing.Administrator;
import org.palabre.testing.Forum;
import org.palabre.testing.Forum.Place;
import org.palabre.testing.Members;
import org.palabre.testing.WebClient;

/** Every staff action lands in the moderation log with who, on what and why; deleting a spammer blocks their address. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ModerationLogHttpIT {

    private static final Pattern ROW = Pattern.compile("(?s)<tr class=\"log-entry\">(.*?)</tr>");

    @ArquillianResource
    URL base;

    @Test
    void theStaffLogListsEveryModerationActionWithActorTargetAndReason() throws Exception {
        URI uri = base.toURI();
        Forum.publicCategory(uri, "kes-journal");
        WebClient moderator = moderator(uri, "KesModoH1");
        WebClient second = moderator(uri, "KesModoH2");
        WebClient witness = joined(uri, "KesTemoinH", "fr");
        long kept = post(uri, "KesAuteurH1", "Sujet gardé masqué", "Texte keshgarde.");
        long deleted = post(uri, "KesAuteurH2", "Sujet supprimé", "Texte keshsupprime.");
        long ignored = post(uri, "KesAuteurH3", "Sujet ignoré", "Texte keshignore.");
        assertEquals(201, flag(moderator, kept, "OFF_TOPIC", "").statusCode());
        assertEquals(201, flag(moderator, deleted, "SPAM", "").statusCode());
        assertEquals(201, flag(witness, ignored, "SPAM", "").statusCode());
        decide(moderator, kept, "agree", "kes motif un");
        decide(moderator, deleted, "agree-delete", "kes motif deux");
        decide(moderator, ignored, "ignore", "kes motif trois");

        joined(uri, "KesSilenceH", "fr");
        act(moderator, "KesSilenceH", "silence", Map.of("days", "2", "reason", "kes motif quatre"));
        act(moderator, "KesSilenceH", "lift-silence", Map.of("reason", "kes motif cinq"));
        joined(uri, "KesLongH", "fr");
        act(moderator, "KesLongH", "suspend", Map.of("days", "40", "reason", "kes motif six"));
        String pending = second.get("/moderation/requests").body();
        Matcher request = Pattern.compile("(?s)KesLongH.*?action=\"/moderation/requests/([0-9]+)\"")
                .matcher(pending);
        assertTrue(request.find(), pending);
        assertEquals(
                303,
                second.submit(
                                "/moderation/requests",
                                "/moderation/requests/" + request.group(1),
                                Map.of("decision", "reject", "reason", "kes motif sept"))
                        .statusCode());
        long spam = post(uri, "KesSpammeurH", "Achetez kesspam", "Promotion kesspam.");
        HttpResponse<String> asked = moderator.submit(
                "/moderation/members/KesSpammeurH",
                "/moderation/members/KesSpammeurH/delete",
                Map.of("reason", "kes motif huit"));
        assertEquals(200, asked.statusCode(), "without the box ticked, the deletion is asked again");
        assertTrue(asked.body().contains("name=\"confirm\" value=\"yes\" required"), asked.body());
        assertTrue(asked.body().contains("value=\"kes motif huit\""), "the reason typed is kept: " + asked.body());
        assertTrue(
                moderator.get("/u/KesSpammeurH").statusCode() == 200
                        && admin(uri)
                                .get(topicOf(admin(uri), spam).topicPath())
                                .body()
                                .contains("Promotion kesspam"),
                "nothing deleted yet");
        act(moderator, "KesSpammeurH", "delete", Map.of("reason", "kes motif huit", "confirm", "yes"));
        WebClient admin = Administrator.signedIn(uri);
        assertEquals(
                303,
                admin.submit(
                                "/admin/categories/kes-journal",
                                "/admin/categories/kes-journal/moderation-log",
                                Map.of("public", "true"))
                        .statusCode());

        List<String> rows = rows(second.get("/admin/log").body());
        assertLogged(rows, "FLAGS_AGREED", "KesModoH1", "/t/sujet-garde-masque/", "kes motif un");
        assertLogged(rows, "POST_DELETED", "KesModoH1", "/t/sujet-supprime/", "kes motif deux");
        assertLogged(rows, "FLAGS_IGNORED", "KesModoH1", "/t/sujet-ignore/", "kes motif trois");
        assertLogged(rows, "POST_HIDDEN", "KesModoH1", "/t/sujet-garde-masque/", "");
        assertLogged(rows, "MEMBER_SILENCED", "KesModoH1", "/u/KesSilenceH", "kes motif quatre");
        assertLogged(rows, "SILENCE_LIFTED", "KesModoH1", "/u/KesSilenceH", "kes motif cinq");
        assertLogged(rows, "SUSPENSION_REQUESTED", "KesModoH1", "/u/KesLongH", "kes motif six");
        assertLogged(rows, "SUSPENSION_REJECTED", "KesModoH2", "/u/KesLongH", "kes motif sept");
        assertLogged(rows, "SPAMMER_DELETED", "KesModoH1", "deleted:", "kes motif huit");
        assertLogged(rows, "PUBLIC_LOG_SHOWN", Administrator.USERNAME, "", "");
        assertLogged(rows, "MEMBER_SILENCED", "KesModoH1", "/u/KesSilenceH", "(2 jours)");
        assertLogged(rows, "POST_HIDDEN", "KesModoH1", "/t/sujet-garde-masque/", "(signalé par un modérateur de la");
        assertLogged(rows, "SUSPENSION_REJECTED", "KesModoH2", "/u/KesLongH", "(demandée par KesModoH1)");

        List<String> bySecond = rows(second.get("/admin/log?actor=KesModoH2").body());
        assertFalse(bySecond.isEmpty());
        assertTrue(bySecond.stream().allMatch(r -> r.contains("KesModoH2")), bySecond.toString());
        List<String> inCategory = rows(second.get("/admin/log?category=kes-journal&action=FLAGS_AGREED")
                .body());
        assertEquals(2, inCategory.size(), "kept hidden, and deleted: " + inCategory);

        WebClient reader = joined(uri, "KesLecteurH", "fr");
        Place deletedPlace = topicOf(admin, deleted);
        assertFalse(reader.get(deletedPlace.topicPath()).body().contains("keshsupprime"), "deleted for members");
        assertTrue(
                moderator.get(deletedPlace.topicPath()).body().contains("keshsupprime"), "its content kept for staff");
        assertFalse(
                admin.get(topicOf(admin, spam).topicPath()).body().contains("Promotion kesspam"),
                "a spammer's posts lose their content");
        HttpResponse<String> again = new WebClient(uri)
                .submit(
                        "/signup",
                        "/signup",
                        Map.of(
                                "username",
                                "KesRevenant",
                                "email",
                                "KesSpammeurH+retour@kes.test",
                                "password",
                                Members.PASSWORD,
                                "passwordAgain",
                                Members.PASSWORD));
        assertEquals(422, again.statusCode());
        assertTrue(again.body().contains("ne peut pas rejoindre"), again.body());
    }

    @Test
    void theLogFilterRefusesAnActionNoModeratorCanTake() throws Exception {
        URI uri = base.toURI();
        WebClient moderator = moderator(uri, "KesModoF");
        joined(uri, "KesFiltreF", "fr");
        act(moderator, "KesFiltreF", "silence", Map.of("days", "1", "reason", "kes motif filtre"));

        List<String> silenced =
                rows(moderator.get("/admin/log?action=MEMBER_SILENCED").body());
        assertFalse(silenced.isEmpty());
        assertTrue(
                silenced.stream()
                        .allMatch(r -> r.contains("data-action=\"MEMBER_SILENCED\">Membre réduit au silence<")),
                silenced.toString());
        assertEquals(400, moderator.get("/admin/log?action=MEMBER_VANISHED").statusCode());
        assertEquals(
                400,
                Forum.json(moderator, "GET", "/api/moderation/log?action=member_silenced", null)
                        .statusCode(),
                "names are matched exactly");
        assertTrue(Forum.json(moderator, "GET", "/api/moderation/log?action=MEMBER_SILENCED", null)
                .body()
                .contains("\"MEMBER_SILENCED\""));
    }

    @Test
    void staffReachAMembersModerationPageAndLogFromTheirProfile() throws Exception {
        URI uri = base.toURI();
        WebClient moderator = moderator(uri, "KesModoP");
        WebClient member = joined(uri, "KesVoisinP", "fr");
        joined(uri, "KesProfilP", "fr");
        Forum.sharedPublicCategory(uri, "kes-profil");
        WebClient author = joined(uri, "KesAutreP", "fr");
        long post = Forum.postId(author, Forum.topic(author, "kes-profil", "Sujet kesprofil", "Texte kesprofil."));
        act(moderator, "KesProfilP", "silence", Map.of("days", "1", "reason", "kes motif profil"));
        decide(moderator, flagged(moderator, post), "agree", "kes motif message");

        String profile = moderator.get("/u/KesProfilP").body();
        assertTrue(profile.contains("href=\"/moderation/members/KesProfilP\""), profile);
        assertTrue(profile.contains("href=\"/admin/log?member=KesProfilP\""), profile);
        String seenByMember = member.get("/u/KesProfilP").body();
        assertFalse(seenByMember.contains("/moderation/members/"), "members see no staff links");
        assertFalse(seenByMember.contains("/admin/log"), "members see no staff links");

        List<String> aboutHim =
                rows(moderator.get("/admin/log?member=KesProfilP").body());
        assertEquals(1, aboutHim.size(), aboutHim.toString());
        assertLogged(aboutHim, "MEMBER_SILENCED", "KesModoP", "/u/KesProfilP", "kes motif profil");
        List<String> aboutAuthor =
                rows(moderator.get("/admin/log?member=KesAutreP").body());
        assertLogged(aboutAuthor, "FLAGS_AGREED", "KesModoP", "/t/sujet-kesprofil/", "kes motif message");
        assertTrue(aboutAuthor.stream().noneMatch(r -> r.contains("KesProfilP")), aboutAuthor.toString());
    }

    private static long flagged(WebClient moderator, long post) {
        assertEquals(201, flag(moderator, post, "OFF_TOPIC", "").statusCode());
        return post;
    }

    @Test
    void noModeratorActsOnAnAdministratorOrOnThemselves() throws Exception {
        URI uri = base.toURI();
        WebClient moderator = moderator(uri, "KesModoI");
        assertEquals(
                403,
                Forum.json(
                                moderator,
                                "POST",
                                "/api/moderation/members/" + Administrator.USERNAME + "/suspend",
                                "{\"days\":1,\"reason\":\"kes essai\"}")
                        .statusCode());
        assertEquals(
                403,
                Forum.json(
                                moderator,
                                "POST",
                                "/api/moderation/members/KesModoI/silence",
                                "{\"days\":1,\"reason\":\"kes essai\"}")
                        .statusCode());
        String adminPage = "/moderation/members/" + Administrator.USERNAME;
        assertEquals(
                403,
                moderator
                        .submit(adminPage, adminPage + "/silence", Map.of("days", "1", "reason", "kes essai"))
                        .statusCode(),
                "nor through the page");
    }

    @Test
    void theApiDocumentListsFlaggingReviewAndMemberActions() throws Exception {
        String openApi = new WebClient(base.toURI()).get("/openapi").body();
        for (String path : new String[] {
            "/api/posts/{id}/flags:",
            "/api/moderation/review:",
            "/api/moderation/review/{postId}:",
            "/api/moderation/members/{username}/suspend:",
            "/api/moderation/suspension-requests/{id}/{decision}:",
            "/api/moderation/log:"
        }) {
            assertTrue(openApi.contains(path), "the API document lists " + path);
        }
        assertFalse(openApi.contains("\n  /review:"), "pages are not API");
    }

    private static WebClient admin(URI uri) {
        return Administrator.signedIn(uri);
    }

    @Test
    void theLogKeepsRolesCategoriesGroupsSettingsAndInvitesInTheReadersLanguage() throws Exception {
        URI uri = base.toURI();
        WebClient admin = Administrator.signedIn(uri);
        joined(uri, "KesAnglaisR", "en");
        assertEquals(
                303,
                admin.submit("/u/KesAnglaisR", "/u/KesAnglaisR/role", Map.of("role", "MODERATOR"))
                        .statusCode());
        WebClient english = Members.signedIn(uri, "KesAnglaisR", Members.PASSWORD);

        assertEquals(
                303,
                admin.submit("/groups", "/groups", Map.of("name", "kes-groupe-r", "description", ""))
                        .statusCode());
        assertEquals(
                303,
                admin.submit("/g/kes-groupe-r", "/g/kes-groupe-r/mention-policy", Map.of("policy", "NOBODY"))
                        .statusCode());
        HttpResponse<String> asked = admin.submit("/g/kes-groupe-r", "/g/kes-groupe-r/delete", Map.of());
        assertEquals(200, asked.statusCode());
        assertTrue(asked.body().contains("Le groupe kes-groupe-r sera supprimé"), asked.body());
        assertEquals(200, admin.get("/g/kes-groupe-r").statusCode(), "one click deletes nothing");
        assertEquals(
                303,
                admin.submit("/g/kes-groupe-r", "/g/kes-groupe-r/delete", Map.of("confirm", "yes"))
                        .statusCode());
        assertEquals(404, admin.get("/g/kes-groupe-r").statusCode());

        Forum.publicCategory(uri, "kes-categorie-r");
        HttpResponse<String> askedCategory =
                admin.submit("/admin/categories/kes-categorie-r", "/admin/categories/kes-categorie-r/delete", Map.of());
        assertEquals(200, askedCategory.statusCode());
        assertEquals(200, admin.get("/admin/categories/kes-categorie-r").statusCode(), "still there");
        assertEquals(
                303,
                admin.submit(
                                "/admin/categories/kes-categorie-r",
                                "/admin/categories/kes-categorie-r/delete",
                                Map.of("confirm", "yes"))
                        .statusCode());

        assertEquals(
                303,
                admin.submit("/admin/settings", "/admin/settings", Map.of("registrationMode", "INVITE_ONLY"))
                        .statusCode());
        assertEquals(
                303,
                admin.submit("/admin/settings", "/admin/settings", Map.of("registrationMode", "OPEN"))
                        .statusCode());
        admin.submit("/invites", "/invites", Map.of("note", "kes invitation r", "days", "3"));
        String id = admin.get("/invites").body().replaceAll("(?s).*?action=\"/invites/([0-9]+)/revoke\".*", "$1");
        assertEquals(
                303,
                admin.submit("/invites", "/invites/" + id + "/revoke", Map.of("confirm", "yes"))
                        .statusCode());

        String french = admin.get("/admin/log").body();
        List<String> rows = rows(french);
        assertLogged(rows, "MEMBER_ROLE_CHANGED", Administrator.USERNAME, "/u/KesAnglaisR", "Membre → Modérateur·rice");
        assertLogged(rows, "GROUP_CREATED", Administrator.USERNAME, "kes-groupe-r", "");
        assertLogged(
                rows,
                "GROUP_CHANGED",
                Administrator.USERNAME,
                "kes-groupe-r",
                "Qui peut mentionner ce groupe → Personne");
        assertLogged(rows, "GROUP_DELETED", Administrator.USERNAME, "kes-groupe-r", "");
        assertLogged(rows, "CATEGORY_CREATED", Administrator.USERNAME, "kes-categorie-r", "");
        assertLogged(rows, "CATEGORY_DELETED", Administrator.USERNAME, "kes-categorie-r", "");
        assertLogged(
                rows, "SITE_SETTING_CHANGED", Administrator.USERNAME, "", "Inscriptions → Seulement sur invitation");
        assertLogged(rows, "INVITE_CREATED", Administrator.USERNAME, "", "kes invitation r");
        assertLogged(rows, "INVITE_REVOKED", Administrator.USERNAME, "", "kes invitation r");
        for (String label :
                List.of("Groupe supprimé", "Catégorie créée", "Rôle d’un membre changé", "Invitation révoquée")) {
            assertTrue(french.contains(">" + label + "<"), label + " in " + french);
        }
        Matcher code = Pattern.compile(">[A-Z]+(_[A-Z]+)+<").matcher(french);
        assertFalse(code.find(), "no code shown on the French page: " + (code.find(0) ? code.group() : ""));

        String inEnglish = english.get("/admin/log").body();
        for (String label :
                List.of("Group deleted", "Category created", "Member’s role changed", "Invitation revoked")) {
            assertTrue(inEnglish.contains(">" + label + "<"), label + " in " + inEnglish);
        }
        assertFalse(Pattern.compile(">[A-Z]+(_[A-Z]+)+<").matcher(inEnglish).find(), "no code in English either");
        assertTrue(inEnglish.contains("Member → Moderator"), "a role said in English: " + inEnglish);
    }

    private static long post(URI uri, String author, String title, String raw) {
        WebClient member = joined(uri, author, "fr");
        return Forum.postId(member, Forum.topic(member, "kes-journal", title, raw));
    }

    private static Place topicOf(WebClient staff, long postId) {
        String body = Forum.json(staff, "GET", "/api/posts/" + postId, null).body();
        Matcher path = Pattern.compile("\"path\":\"(/t/[^\"]+)\"").matcher(body);
        assertTrue(path.find(), body);
        String[] parts = path.group(1).split("/");
        return new Place(parts[2], Long.parseLong(parts[3]), Integer.parseInt(parts[4]));
    }

    private static void decide(WebClient moderator, long post, String decision, String reason) {
        HttpResponse<String> decided =
                moderator.submit("/review", "/review/" + post, Map.of("decision", decision, "reason", reason));
        assertEquals(303, decided.statusCode(), decided.body());
    }

    private static void act(WebClient moderator, String username, String action, Map<String, String> fields) {
        HttpResponse<String> done = moderator.submit(
                "/moderation/members/" + username, "/moderation/members/" + username + "/" + action, fields);
        assertEquals(303, done.statusCode(), done.body());
    }

    private static List<String> rows(String page) {
        List<String> rows = new ArrayList<>();
        Matcher row = ROW.matcher(page);
        while (row.find()) {
            rows.add(row.group(1));
        }
        return rows;
    }

    private static void assertLogged(List<String> rows, String action, String actor, String target, String reason) {
        assertTrue(
                rows.stream()
                        .anyMatch(r -> r.contains("data-action=\"" + action + "\"")
                                && r.contains(">" + actor + "<")
                                && r.contains(target)
                                && r.contains(reason)),
                action + " by " + actor + " on " + target + " for " + reason + " in " + rows);
    }
}
