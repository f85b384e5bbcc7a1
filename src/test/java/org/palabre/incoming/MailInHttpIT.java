package org.palabre.incoming;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.URL;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
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
import org.palabre.testing.WebClient;

/**
 * Mail in on the embedded default, with no mail server: the MTA's pipe and its secret, a raw message pasted by
 * an administrator, and a stored mail answered as its recipient would from their mail client.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class MailInHttpIT {

    private static final String CATEGORY = "courrier-mh";
    private static final String SECRET = "pipe-secret-for-tests"; // as arquillian.xml sets it

    @ArquillianResource
    URL base;

    private URI uri;

    @BeforeEach
    void setUp() throws Exception {
        uri = base.toURI();
        Forum.sharedPublicCategory(uri, CATEGORY);
    }

    private HttpResponse<String> pipe(String authorization, String raw) {
        HttpRequest.Builder request = new WebClient(uri)
                .request("/mail/in?to=palabre%2Bnothing%40palabre.test")
                .header("Content-Type", "message/rfc822")
                .POST(HttpRequest.BodyPublishers.ofString(raw));
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return new WebClient(uri).send(request.build());
    }

    private static String raw(String from, String to, String messageId, String subject, String text) {
        return "From: " + from + "\r\nTo: " + to + "\r\nSubject: " + subject + "\r\nMessage-ID: " + messageId
                + "\r\nContent-Type: text/plain; charset=UTF-8\r\n\r\n" + text + "\r\n";
    }

    @Test
    void thePipeTakesNothingWithoutTheSecret() {
        String mail = raw("x@example.org", "palabre@palabre.test", "<mh-secret@example.org>", "Salut", "Bonjour");
        assertEquals(401, pipe(null, mail).statusCode());
        assertEquals(401, pipe("Bearer pipe-secret-for-test", mail).statusCode());
        assertEquals(401, pipe("Basic " + SECRET, mail).statusCode());
        assertTrue(!incomingPage().contains("&lt;mh-secret@example.org&gt;"), "nothing was received");
    }

    @Test
    void thePipeReceivesAMessageOnceAndAnswersAStranger() {
        String mail = raw(
                "etranger-mh@example.org",
                "palabre@palabre.test",
                "<mh-stranger@example.org>",
                "Une question",
                "Puis-je écrire ici ?");
        HttpResponse<String> first = pipe("Bearer " + SECRET, mail);
        assertEquals(202, first.statusCode(), first.body());
        assertEquals("REFUSED", first.body().strip());
        assertEquals("DUPLICATE", pipe("Bearer " + SECRET, mail).body().strip(), "a second delivery does nothing");

        String stored = Administrator.signedIn(uri).get("/admin/mail/stored").body();
        assertTrue(stored.contains("etranger-mh@example.org"), "the stranger is answered: " + stored);
    }

    @Test
    void anAdministratorAnswersAStoredMailAsItsRecipientAndTheAnswerIsPosted() throws Exception {
        WebClient reader = Members.joined(uri, "MhLecteur", "mhlecteur@example.org");
        assertEquals(
                303,
                reader.submit(
                                "/preferences/mail",
                                "/preferences/mail",
                                Map.of(
                                        "mention", "ALWAYS", "reply", "ALWAYS", "quote", "ALWAYS", "watched", "ALWAYS",
                                        "digest", "NEVER"))
                        .statusCode());
        WebClient author = Members.joined(uri, "MhAutrice", "mhautrice@example.org");
        Forum.Place topic = Forum.topic(author, CATEGORY, "Sujet sans serveur de courrier", "Premier.");
        Forum.Place mention = Forum.reply(author, topic, 1, "Salut @MhLecteur !");

        WebClient admin = Administrator.signedIn(uri);
        Pattern storedLink = Pattern.compile(
                "<td>mhlecteur@example.org</td>\\s*<td><a href=\"(/admin/mail/\\d+)\">[^<]*Sujet sans serveur");
        String stored = MailInCalls.await(
                () -> admin.get("/admin/mail/stored").body(),
                html -> storedLink.matcher(html).find());
        Matcher link = storedLink.matcher(stored);
        assertTrue(link.find(), "the mention mail is stored: " + stored);
        String mailPage = admin.get(link.group(1)).body();
        assertTrue(mailPage.contains("action=\"" + link.group(1) + "/reply\""), "a form answers it");

        HttpResponse<String> answered =
                admin.submit(link.group(1), link.group(1) + "/reply", Map.of("text", "Réponse sans serveur."));
        assertEquals(303, answered.statusCode(), answered.body());
        String incoming = admin.get(answered.headers().firstValue("Location").orElseThrow())
                .body();
        assertTrue(incoming.contains("class=\"incoming-post\""), "accepted, with a link to the post: " + incoming);

        MailInCalls.PostSeen post = MailInCalls.post(reader, topic.id(), "sans serveur");
        assertNotNull(
                post,
                Forum.json(reader, "GET", "/api/topics/" + topic.id() + "?size=200", null)
                        .body());
        assertEquals("MhLecteur", post.author());
        assertEquals(mention.number(), post.replyTo());
    }

    @Test
    void aPastedMessageGoesThroughTheSameChecks() {
        WebClient admin = Administrator.signedIn(uri);
        HttpResponse<String> pasted = admin.submit(
                "/admin/mail/incoming",
                "/admin/mail/incoming",
                Map.of(
                        "raw",
                        raw(
                                        "vacances-mh@example.org",
                                        "palabre@palabre.test",
                                        "<mh-paste@example.org>",
                                        "Absent",
                                        "Je suis absent.")
                                .replace("Subject:", "Auto-Submitted: auto-replied\r\nSubject:"),
                        "to",
                        ""));
        assertEquals(303, pasted.statusCode(), pasted.body());
        String shown =
                admin.get(pasted.headers().firstValue("Location").orElseThrow()).body();
        assertTrue(shown.contains("Ignoré") || shown.contains("Ignored"), shown);
    }

    private String incomingPage() {
        return Administrator.signedIn(uri).get("/admin/mail/incoming").body();
    }
}
