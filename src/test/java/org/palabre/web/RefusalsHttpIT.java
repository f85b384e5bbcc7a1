package org.palabre.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
import org.palabre.testing.Members;
import org.palabre.testing.WebClient;

/**
 * What a refused reader is told when the refusal comes from deep inside Palabre rather than from the page they
 * called: the same status and words on the page and in the API's problem, and sign-in before anything else.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class RefusalsHttpIT {

    private static final String PROBLEM = "application/problem+json";

    @ArquillianResource
    URL base;

    private URI uri;

    @BeforeEach
    void setUp() throws Exception {
        uri = base.toURI();
    }

    @Test
    void aReaderWhoIsNotSignedInIsSentToSignInAndBackToTheVeryAddressAndTheApiAsksForAToken() {
        WebClient anonymous = new WebClient(uri);

        HttpResponse<String> page = anonymous.get("/preferences?done=saved");
        assertEquals(303, page.statusCode());
        URI signIn = URI.create(page.headers().firstValue("Location").orElse(""));
        assertEquals("/signin", signIn.getRawPath());
        assertEquals("next=%2Fpreferences%3Fdone%3Dsaved", signIn.getRawQuery(), "the query comes back too");

        HttpResponse<String> api = Forum.json(anonymous, "POST", "/api/posts/1/withdraw", null);
        assertEquals(401, api.statusCode(), api.body());
        assertEquals("Bearer", api.headers().firstValue("WWW-Authenticate").orElse(""));
        assertTrue(api.headers().firstValue("Content-Type").orElse("").startsWith(PROBLEM));
        assertTrue(api.body().contains("\"status\":401"), api.body());
        assertTrue(api.body().contains("\"detail\":\"Connectez-vous pour continuer.\""), api.body());
    }

    @Test
    void aMemberRefusedAnActionReadsWhyOnThePageAndInTheApiAlike() {
        Forum.sharedPublicCategory(uri, "refus");
        WebClient author = Members.joined(uri, "Auguste", "auguste@refus.test");
        WebClient other = Members.joined(uri, "Berthe", "berthe@refus.test");
        Forum.Place topic = Forum.topic(author, "refus", "Qui peut quoi", "Un message d’Auguste.");
        long postId = Forum.postId(author, topic);

        String ownFlag = "Vous ne pouvez pas signaler votre propre message.";
        HttpResponse<String> flagPage = author.get("/p/" + postId + "/flag");
        assertEquals(403, flagPage.statusCode());
        assertTrue(flagPage.body().contains(ownFlag), flagPage.body());
        HttpResponse<String> flagApi =
                Forum.json(author, "POST", "/api/posts/" + postId + "/flags", "{\"reason\":\"SPAM\",\"message\":\"\"}");
        assertEquals(403, flagApi.statusCode(), flagApi.body());
        assertTrue(flagApi.headers().firstValue("Content-Type").orElse("").startsWith(PROBLEM));
        assertTrue(flagApi.body().contains("\"detail\":\"" + ownFlag + "\""), flagApi.body());

        HttpResponse<String> withdrawPage = other.submit(topic.topicPath(), "/p/" + postId + "/withdraw", Map.of());
        assertEquals(403, withdrawPage.statusCode());
        assertTrue(withdrawPage.body().contains("Accès refusé"), withdrawPage.body());
        HttpResponse<String> withdrawApi = Forum.json(other, "POST", "/api/posts/" + postId + "/withdraw", null);
        assertEquals(403, withdrawApi.statusCode(), withdrawApi.body());
        assertTrue(withdrawApi.body().contains("\"title\":\"Accès refusé\""), withdrawApi.body());

        HttpResponse<String> missingPage = other.submit(topic.topicPath(), "/p/999999999/withdraw", Map.of());
        assertEquals(404, missingPage.statusCode());
        assertTrue(missingPage.body().contains("Page introuvable"), missingPage.body());
        HttpResponse<String> missingApi = Forum.json(other, "POST", "/api/posts/999999999/withdraw", null);
        assertEquals(404, missingApi.statusCode(), missingApi.body());
        assertTrue(missingApi.body().contains("\"title\":\"Page introuvable\""), missingApi.body());
    }
}
