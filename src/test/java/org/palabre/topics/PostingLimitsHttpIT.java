package org.palabre.topics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.URL;
import java.net.http.HttpResponse;
import java.util.Map;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.palabre.testing.Forum;
import org.palabre.testing.Members;
import org.palabre.testing.WebClient;

/** Posting too fast is refused with the wait, and the text typed is kept. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PostingLimitsHttpIT {

    @ArquillianResource
    URL base;

    @Test
    void aSecondReplyWithinFiveSecondsIsRefusedWithTheWaitAndTheTextKept() throws Exception {
        URI uri = base.toURI();
        Forum.publicCategory(uri, "limites");
        WebClient member = Members.joined(uri, "presse", "presse@collectif.test");
        assertEquals(
                "1",
                member.get("/test-support/age/presse").body(),
                "an established member, past the new-account limits");
        Forum.Place topic = Forum.topic(member, "limites", "Un sujet pour tester les limites", "Premier");

        Forum.reply(member, topic, null, "Une réponse");
        HttpResponse<String> tooFast = member.submit(
                topic.topicPath(),
                topic.topicPath() + "/reply",
                Map.of("raw", "Une deuxième réponse trop rapide", "intent", "publish"));
        assertEquals(429, tooFast.statusCode());
        assertTrue(tooFast.headers().firstValue("Retry-After").isPresent());
        assertTrue(tooFast.body().contains("Vous publiez trop vite : attendez"), tooFast.body());
        assertTrue(tooFast.body().contains("Une deuxième réponse trop rapide</textarea>"), "nothing typed is lost");

        HttpResponse<String> api =
                Forum.json(member, "POST", "/api/topics/" + topic.id() + "/posts", "{\"raw\":\"encore\"}");
        assertEquals(429, api.statusCode(), "the API shares the limit");
        HttpResponse<String> secondTopic = member.submit(
                "/new-topic",
                "/new-topic",
                Map.of(
                        "category",
                        "limites",
                        "title",
                        "Deuxième sujet trop rapide",
                        "raw",
                        "Texte",
                        "intent",
                        "publish"));
        assertEquals(429, secondTopic.statusCode(), "one topic per 15 seconds");
    }

    @Test
    void moderatorsAreNotSlowedByThePostingLimits() throws Exception {
        URI uri = base.toURI();
        Forum.sharedPublicCategory(uri, "limites-staff");
        WebClient admin = org.palabre.testing.Administrator.signedIn(uri);
        Forum.Place first = Forum.topic(admin, "limites-staff", "Consigne de modération 1", "Première consigne.");
        Forum.topic(admin, "limites-staff", "Consigne de modération 2", "Deuxième consigne, aussitôt.");
        Forum.reply(admin, first, null, "Précision.");
        Forum.reply(admin, first, null, "Autre précision, aussitôt.");
    }
}
