package org.palabre.accounts.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.URL;
import java.net.http.HttpResponse;
import java.util.Map;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.palabre.testing.Forum;
import org.palabre.testing.MailLogReader;
import org.palabre.testing.Members;
import org.palabre.testing.WebClient;

/** A member's own settings: language, time zone, password, address. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PreferencesHttpIT {

    @ArquillianResource
    URL base;

    private URI uri;
    private MailLogReader mail;

    @BeforeEach
    void setUp() throws Exception {
        uri = base.toURI();
        mail = new MailLogReader(uri);
    }

    @Test
    void preferencesAreForSignedInMembersOnly() {
        HttpResponse<String> anonymous = new WebClient(uri).get("/preferences");
        assertEquals(303, anonymous.statusCode());
        assertTrue(anonymous.headers().firstValue("Location").orElse("").contains("/signin?next=%2Fpreferences"));
    }

    @Test
    void aMemberChoosesEnglishAndATimeZoneAndPagesFollow() {
        WebClient member =
                Members.joined(uri, "Aurore", "aurore@collectif.test").speaking("fr");
        HttpResponse<String> saved =
                member.submit("/preferences", "/preferences", Map.of("language", "en", "timeZone", "America/Montreal"));
        assertEquals(303, saved.statusCode());
        HttpResponse<String> page = member.get("/preferences?done=preferences");
        assertTrue(page.body().contains("Preferences saved."));
        assertTrue(page.body().contains("<option value=\"America/Montreal\" selected>"), "the zone is kept");

        HttpResponse<String> unknownZone =
                member.submit("/preferences", "/preferences", Map.of("language", "en", "timeZone", "Mars/Olympus"));
        assertEquals(422, unknownZone.statusCode());
        assertTrue(unknownZone.body().contains("Choose a time zone from the list."));
    }

    @Test
    void changingThePasswordNeedsTheCurrentOneClosesOtherSessionsAndTellsByMail() {
        WebClient here = Members.joined(uri, "Bastien", "bastien@collectif.test");
        WebClient elsewhere = Members.signedIn(uri, "bastien", Members.PASSWORD);

        HttpResponse<String> wrong = here.submit(
                "/preferences",
                "/preferences/password",
                Map.of(
                        "currentPassword",
                        "pas le bon",
                        "newPassword",
                        "un autre mot de passe",
                        "newPasswordAgain",
                        "un autre mot de passe"));
        assertEquals(422, wrong.statusCode());
        assertTrue(wrong.body().contains("Ce n’est pas votre mot de passe actuel."));

        HttpResponse<String> changed = here.submit(
                "/preferences",
                "/preferences/password",
                Map.of(
                        "currentPassword",
                        Members.PASSWORD,
                        "newPassword",
                        "un autre mot de passe",
                        "newPasswordAgain",
                        "un autre mot de passe"));
        assertEquals(303, changed.statusCode());
        assertEquals(200, here.get("/preferences").statusCode(), "this browser stays signed in");
        assertEquals(303, elsewhere.get("/preferences").statusCode(), "the other browser is signed out");
        assertTrue(mail.page(mail.mailsTo("bastien@collectif.test").get(0)).contains("vient d’être changé"));
        Members.signedIn(uri, "bastien", "un autre mot de passe");
    }

    @Test
    void anAddressChangesOnlyOnceTheNewAddressConfirmsItAndOnlyTheLastRequestCounts() {
        WebClient member = Members.joined(uri, "Capucine", "capucine@collectif.test");
        HttpResponse<String> wrongPassword = member.submit(
                "/preferences",
                "/preferences/email",
                Map.of("email", "capucine@ailleurs.test", "emailPassword", "pas le bon"));
        assertEquals(422, wrongPassword.statusCode());
        assertTrue(wrongPassword.body().contains("value=\"capucine@ailleurs.test\""));

        assertEquals(
                303,
                member.submit(
                                "/preferences",
                                "/preferences/email",
                                Map.of("email", "capucine@premier.test", "emailPassword", Members.PASSWORD))
                        .statusCode());
        String firstLink = mail.newestLinkPath("capucine@premier.test", "/email/confirm/");
        assertEquals(
                303,
                member.submit(
                                "/preferences",
                                "/preferences/email",
                                Map.of("email", "capucine@second.test", "emailPassword", Members.PASSWORD))
                        .statusCode());
        String secondLink = mail.newestLinkPath("capucine@second.test", "/email/confirm/");
        assertTrue(
                mail.page(mail.mailsTo("capucine@collectif.test").get(0)).contains("capucine@second.test"),
                "the current address hears of the request");

        assertEquals(410, member.get(firstLink).statusCode(), "the earlier request died");
        assertEquals(200, member.get(secondLink).statusCode());
        Members.signedIn(uri, "capucine@collectif.test", Members.PASSWORD); // nothing changed before the click
        HttpResponse<String> confirmed = member.submit(secondLink, secondLink, Map.of());
        assertEquals(200, confirmed.statusCode());
        assertTrue(confirmed.body().contains("Adresse changée"));

        Members.signedIn(uri, "capucine@second.test", Members.PASSWORD);
        assertTrue(mail.page(mail.mailsTo("capucine@collectif.test").get(0))
                .contains("utilise désormais l’adresse capucine@second.test"));
        assertEquals(410, member.get(secondLink).statusCode(), "the link works once");
    }

    @Test
    void anAddressAnotherMemberUsesGetsNoLinkAndTheAnswerLooksTheSame() {
        Members.joined(uri, "Dalila", "dalila@collectif.test");
        WebClient member = Members.joined(uri, "Ernest", "ernest@collectif.test");
        HttpResponse<String> asked = member.submit(
                "/preferences",
                "/preferences/email",
                Map.of("email", "dalila@collectif.test", "emailPassword", Members.PASSWORD));
        assertEquals(303, asked.statusCode());
        assertFalse(mail.page(mail.mailsTo("dalila@collectif.test").get(0)).contains("/email/confirm/"));
    }

    @Test
    void guessingThePasswordBehindASignedInSessionIsSlowedDownWhateverTheForm() {
        WebClient thief = Members.joined(uri, "Paloma", "paloma@collectif.test").speaking("en");
        for (int attempt = 0; attempt < 5; attempt++) {
            assertEquals(
                    422,
                    thief.submit(
                                    "/preferences",
                                    "/preferences/email",
                                    Map.of("email", "ailleurs@collectif.test", "emailPassword", "guess " + attempt))
                            .statusCode());
            assertEquals(
                    422,
                    thief.submit(
                                    "/preferences",
                                    "/preferences/tokens",
                                    Map.of("tokenName", "t", "tokenPassword", "other guess " + attempt))
                            .statusCode());
        }
        HttpResponse<String> refused = thief.submit(
                "/preferences",
                "/preferences/password",
                Map.of(
                        "currentPassword",
                        "one more guess",
                        "newPassword",
                        "un nouveau mot de passe",
                        "newPasswordAgain",
                        "un nouveau mot de passe"));
        assertEquals(429, refused.statusCode(), "one allowance per account, over every form that asks the password");
        assertTrue(refused.headers().firstValue("Retry-After").isPresent());
        assertEquals(
                429,
                Forum.json(thief, "POST", "/api/me/deletion", "{\"password\":\"last guess\",\"posts\":\"keep\"}")
                        .statusCode(),
                "and the API");
    }
}
