package org.palabre.moderation;

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
import org.palabre.testing.Administrator;
import org.palabre.testing.Forum;
import org.palabre.testing.Members;
import org.palabre.testing.WebClient;

/** New members post few links and no images, until the thresholds pass or a moderator trusts them. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class TrustHttpIT {

    private static final String THREE_LINKS =
            "Voir https://un.example, https://deux.example et [trois](https://trois.example)";
    private static final String IMAGE = "Notre affiche : ![affiche](https://images.example/affiche.png)";

    @ArquillianResource
    URL base;

    @Test
    void aNewMembersPostWithThreeLinksOrAnImageIsRefusedUntilAModeratorTrustsThem() throws Exception {
        URI uri = base.toURI();
        Forum.sharedPublicCategory(uri, "mq-confiance");
        WebClient admin = Administrator.signedIn(uri);
        WebClient tess = Members.joined(uri, "Mq-Tess", "mq-tess@moderation.test");
        Forum.Place topic = Forum.topic(
                tess,
                "mq-confiance",
                "Liens utiles pour la manif",
                "Deux liens : https://a.example et https://b.example");

        HttpResponse<String> links = tess.submit(
                topic.topicPath(), topic.topicPath() + "/reply", Map.of("raw", THREE_LINKS, "intent", "publish"));
        assertEquals(422, links.statusCode());
        assertTrue(links.body().contains("au plus 2 liens"), links.body());
        assertTrue(links.body().contains("https://trois.example"), "the text is kept");
        HttpResponse<String> image =
                tess.submit(topic.topicPath(), topic.topicPath() + "/reply", Map.of("raw", IMAGE, "intent", "publish"));
        assertEquals(422, image.statusCode());
        assertTrue(image.body().contains("pas encore mettre d’images"), image.body());
        assertEquals(
                422,
                Forum.json(tess, "POST", "/api/topics/" + topic.id() + "/posts", "{\"raw\":\"" + THREE_LINKS + "\"}")
                        .statusCode());

        assertTrue(
                admin.get("/u/Mq-Tess").body().contains("/moderation/members/Mq-Tess/trust"),
                "the profile offers it to staff");
        assertEquals(
                303,
                admin.submit("/u/Mq-Tess", "/moderation/members/Mq-Tess/trust", Map.of("reason", "connue du collectif"))
                        .statusCode());
        ModerationCalls.assertLogged(admin, "MEMBER_TRUSTED", "Mq-Tess");
        assertEquals(
                303,
                tess.submit(
                                topic.topicPath(),
                                topic.topicPath() + "/reply",
                                Map.of("raw", THREE_LINKS, "intent", "publish"))
                        .statusCode(),
                "trusted: the limits are lifted");

        assertEquals(
                303,
                admin.submit("/u/Mq-Tess", "/moderation/members/Mq-Tess/untrust", Map.of())
                        .statusCode());
        ModerationCalls.assertLogged(admin, "MEMBER_TRUST_REMOVED", "Mq-Tess");
        assertEquals(
                422,
                tess.submit(topic.topicPath(), topic.topicPath() + "/reply", Map.of("raw", IMAGE, "intent", "publish"))
                        .statusCode(),
                "back to the limits of her first day");
    }
}
