package org.palabre.accounts.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.URL;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.palabre.testing.MailLogReader;
import org.palabre.testing.Members;
import org.palabre.testing.WebClient;

/** Joining and getting back in: sign-up, the mailed verification link, password reset. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class JoiningHttpIT {

    private static final String PASSWORD = Members.PASSWORD;

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
    void aNewMemberSignsUpFollowsTheMailedLinkAndSignsIn() {
        WebClient visitor = new WebClient(uri);
        HttpResponse<String> signedUp = signUp(visitor, "Élodie", "elodie@collectif.test");
        assertEquals(200, signedUp.statusCode());
        assertTrue(signedUp.body().contains("Vérifiez votre messagerie"));

        assertEquals(
                401, signIn(new WebClient(uri), "Élodie", PASSWORD).statusCode(), "not before the address is verified");
        assertTrue(signIn(new WebClient(uri), "Élodie", PASSWORD).body().contains("Confirmez d’abord votre adresse"));

        String link = mail.newestLinkPath("elodie@collectif.test", "/signup/verify/");
        HttpResponse<String> confirmPage = visitor.get(link);
        assertEquals(200, confirmPage.statusCode());
        assertEquals(
                401,
                signIn(new WebClient(uri), "Élodie", PASSWORD).statusCode(),
                "opening the link alone verifies nothing");

        HttpResponse<String> verified = visitor.submit(link, link, Map.of());
        assertEquals(200, verified.statusCode());
        assertTrue(verified.body().contains("Compte activé"));
        assertEquals(303, signIn(new WebClient(uri), "élodie", PASSWORD).statusCode());

        assertEquals(410, visitor.get(link).statusCode(), "the link works once");
    }

    @Test
    void signingUpWithAnAddressThatHasAnAccountLooksTheSameButMailsItsOwner() {
        signUp(new WebClient(uri), "Gaspard", "gaspard@collectif.test");
        int mailsBefore = mail.mailsTo("gaspard@collectif.test").size();

        HttpResponse<String> again = signUp(new WebClient(uri), "Autre", "Gaspard@Collectif.test");
        assertEquals(200, again.statusCode());
        assertTrue(again.body().contains("Vérifiez votre messagerie"), "the stranger learns nothing");
        assertEquals(mailsBefore + 1, mail.mailsTo("gaspard@collectif.test").size(), "the owner is told");
    }

    /**
     * A security property, not a speed target: a stranger timing the answer must not learn whether an address has an
     * account. Interleaved, many times, compared by median with a generous margin (the two differed 100-fold).
     */
    @Test
    void signingUpTakesAsLongWhetherOrNotTheAddressHasAnAccount() {
        // One address with an account per try: an address gets at most three sign-up mails an hour.
        for (int i = 0; i < 9; i++) {
            signUp(new WebClient(uri), "Horloge" + i, "horloge" + i + "@collectif.test");
        }
        List<Long> fresh = new ArrayList<>();
        List<Long> taken = new ArrayList<>();
        for (int i = 0; i < 9; i++) {
            String name = "temps" + i;
            String existing = "horloge" + i + "@collectif.test";
            fresh.add(millis(() -> signUp(new WebClient(uri), name, name + "@collectif.test")));
            taken.add(millis(() -> signUp(new WebClient(uri), "autre" + name, existing)));
        }
        long freshMedian = median(fresh);
        long takenMedian = median(taken);
        assertTrue(
                takenMedian * 2 > freshMedian && freshMedian * 2 > takenMedian,
                "new address " + fresh + " ms, address with an account " + taken + " ms");
    }

    private static long millis(Supplier<HttpResponse<String>> signUp) {
        long start = System.nanoTime();
        assertEquals(200, signUp.get().statusCode());
        return (System.nanoTime() - start) / 1_000_000;
    }

    private static long median(List<Long> values) {
        List<Long> sorted = values.stream().sorted().toList();
        return sorted.get(sorted.size() / 2);
    }

    @Test
    void anAddressGetsAtMostThreeSignUpMailsAnHourWhoeverAsksForThem() {
        assertEquals(
                200,
                signUp(new WebClient(uri), "Hortense", "hortense@collectif.test")
                        .statusCode());
        assertEquals(
                200,
                signUp(new WebClient(uri), "Hortense2", "hortense@collectif.test")
                        .statusCode());
        assertEquals(
                200,
                signUp(new WebClient(uri), "Hortense3", "hortense@collectif.test")
                        .statusCode());
        int mailsBefore = mail.mailsTo("hortense@collectif.test").size();

        HttpResponse<String> fourth = signUp(new WebClient(uri), "Hortense4", "HORTENSE@collectif.test");
        assertEquals(429, fourth.statusCode(), "sign-ups cannot be used to flood someone's mailbox");
        assertEquals(mailsBefore, mail.mailsTo("hortense@collectif.test").size());
    }

    @Test
    void aLookAlikeUsernameIsRefusedAndNothingIsStored() {
        signUp(new WebClient(uri), "camille", "camille@collectif.test");
        HttpResponse<String> impostor = signUp(new WebClient(uri), "c\u0430mille", "impostor@elsewhere.test");
        assertEquals(422, impostor.statusCode());
        assertTrue(impostor.body().contains("Ce nom d’utilisateur est déjà pris."));
        assertTrue(mail.mailsTo("impostor@elsewhere.test").isEmpty());
    }

    @Test
    void aCommonPasswordIsRefusedNextToTheField() {
        HttpResponse<String> refused = new WebClient(uri)
                .submit(
                        "/signup",
                        "/signup",
                        Map.of(
                                "username",
                                "lucie",
                                "email",
                                "lucie@collectif.test",
                                "password",
                                "qwertyuiop",
                                "passwordAgain",
                                "qwertyuiop"));
        assertEquals(422, refused.statusCode());
        assertTrue(refused.body().contains("fait partie des plus courants"));
        assertTrue(refused.body().contains("value=\"lucie@collectif.test\""), "what was typed stays in the form");
    }

    @Test
    void aForgottenPasswordIsReplacedThroughAOneTimeLinkAndTheOldOneStopsWorking() {
        WebClient signedIn = Members.joined(uri, "Jules", "jules@collectif.test");
        assertEquals(403, signedIn.get("/admin/mail").statusCode(), "signed in as a member");

        HttpResponse<String> asked = new WebClient(uri)
                .submit("/password/reset", "/password/reset", Map.of("email", "JULES@collectif.test"));
        assertTrue(asked.body().contains("Si un compte utilise cette adresse"));
        String link = mail.newestLinkPath("jules@collectif.test", "/password/reset/");

        WebClient owner = new WebClient(uri);
        HttpResponse<String> weak = owner.submit(link, link, Map.of("password", "court", "passwordAgain", "court"));
        assertEquals(422, weak.statusCode());
        HttpResponse<String> reset = owner.submit(
                link,
                link,
                Map.of("password", "un tout nouveau mot de passe", "passwordAgain", "un tout nouveau mot de passe"));
        assertEquals(200, reset.statusCode());
        assertTrue(reset.body().contains("Mot de passe changé"));

        assertEquals(401, signIn(new WebClient(uri), "jules", PASSWORD).statusCode());
        assertEquals(
                303,
                signIn(new WebClient(uri), "jules", "un tout nouveau mot de passe")
                        .statusCode());
        // A member still signed in would be refused the administrators' page (403); a closed session is sent to sign
        // in.
        assertEquals(303, signedIn.get("/admin/mail").statusCode(), "the session opened before the reset is closed");
        assertEquals(410, owner.get(link).statusCode(), "the link works once");
        assertTrue(
                mail.page(mail.mailsTo("jules@collectif.test").get(0)).contains("vient d’être changé"),
                "the member is told by mail");
    }

    @Test
    void askingToResetAnUnknownAddressAnswersTheSameAndMailsNobody() {
        HttpResponse<String> asked = new WebClient(uri)
                .submit("/password/reset", "/password/reset", Map.of("email", "personne@nulle-part.test"));
        assertEquals(200, asked.statusCode());
        assertTrue(asked.body().contains("Si un compte utilise cette adresse"));
        assertTrue(mail.mailsTo("personne@nulle-part.test").isEmpty());
    }

    @Test
    void aForgedOrMalformedLinkIsGone() {
        WebClient visitor = new WebClient(uri);
        assertEquals(
                410,
                visitor.get("/signup/verify/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA")
                        .statusCode());
        assertEquals(410, visitor.get("/password/reset/short").statusCode());
    }

    @Test
    void guessingOnePersonsPasswordIsSlowedDownWithTheTimeToWait() {
        WebClient guesser = new WebClient(uri).speaking("en");
        for (int attempt = 0; attempt < 10; attempt++) {
            assertEquals(
                    401,
                    signIn(guesser, "cible@collectif.test", "guess number " + attempt)
                            .statusCode());
        }
        HttpResponse<String> refused = signIn(guesser, "cible@collectif.test", "guess number 11");
        assertEquals(429, refused.statusCode());
        assertTrue(refused.headers().firstValue("Retry-After").isPresent());
        assertTrue(refused.body().matches("(?s).*Too many attempts: try again in [0-9]+ seconds\\..*"), refused.body());
    }

    @Test
    void strangersGuessingAPasswordCannotLockItsOwnerOutOfTheirOwnBrowser() {
        WebClient owner = Members.joined(uri, "Ninon", "ninon@collectif.test"); // signed in once from this browser
        owner.submit("/", "/signout", Map.of());
        WebClient guesser = new WebClient(uri);
        for (int attempt = 0; attempt < 10; attempt++) {
            assertEquals(
                    401, signIn(guesser, "ninon", "guess number " + attempt).statusCode());
        }
        assertEquals(429, signIn(guesser, "ninon", PASSWORD).statusCode(), "the name's allowance is spent");
        assertEquals(
                429,
                signIn(new WebClient(uri), "ninon", PASSWORD).statusCode(),
                "for every browser that never signed in as Ninon");
        assertEquals(303, signIn(owner, "ninon", PASSWORD).statusCode(), "but Ninon's own browser still gets in");
    }

    @Test
    void signingInRightTimeAfterTimeUsesUpNoAllowance() {
        Members.joined(uri, "Oscar", "oscar@collectif.test");
        for (int attempt = 0; attempt < 12; attempt++) {
            assertEquals(
                    303,
                    signIn(new WebClient(uri), "oscar", PASSWORD).statusCode(),
                    "a right password is no guess (attempt " + attempt + ")");
        }
    }

    private static HttpResponse<String> signUp(WebClient client, String username, String email) {
        return client.submit(
                "/signup",
                "/signup",
                Map.of("username", username, "email", email, "password", PASSWORD, "passwordAgain", PASSWORD));
    }

    private static HttpResponse<String> signIn(WebClient client, String login, String password) {
        return client.submit("/signin", "/signin", Map.of("login", login, "password", password));
    }
}
