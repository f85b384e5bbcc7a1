package org.palabre.notifications;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.URL;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.palabre.testing.Browser;
import org.palabre.testing.Browser.JavaScript;
import org.palabre.testing.Forum;
import org.palabre.testing.Members;
import org.palabre.testing.WebClient;

/** A member mentioned while away finds it from any page and follows it to the post, JavaScript off. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class NotificationsBrowserIT {

    @ArquillianResource
    URL base;

    @Test
    void aMentionedMemberSeesTheCountOpensTheNotificationAndLandsOnThePost() throws Exception {
        URI uri = base.toURI();
        Forum.publicCategory(uri, "notifications-navigateur");
        WebClient ulysse = Members.joined(uri, "Ulysse-b", "ulysse.b@collectif.test");
        Members.joined(uri, "Victoire-b", "victoire.b@collectif.test");
        Forum.Place topic = Forum.topic(
                ulysse,
                "notifications-navigateur",
                "Permanence de samedi",
                "@Victoire-b peux-tu tenir la permanence ?");

        try (Browser victoire = Browser.open(base, JavaScript.OFF, "fr")) {
            victoire.visit("/signin")
                    .type("login", "Victoire-b")
                    .type("password", Members.PASSWORD)
                    .click("main form button[type=submit]");
            assertEquals("1", victoire.text(".account-bar .unread-count"));

            victoire.click(".account-bar .notifications-link");
            assertEquals("/notifications", victoire.path());
            assertEquals(
                    "Ulysse-b vous a mentionné dans « Permanence de samedi »",
                    victoire.text(".notification.unread > a"));

            victoire.click(".notification.unread > a");
            assertTrue(victoire.path().startsWith(topic.topicPath()), victoire.path());
            assertEquals("@Victoire-b", victoire.text("#p1 a.mention"));
            assertTrue(victoire.findAll(".account-bar .unread-count").isEmpty(), "opening it marked it read");

            victoire.visit("/notifications");
            assertTrue(victoire.findAll(".notification.unread").isEmpty());
            assertEquals(1, victoire.findAll(".notification.read").size());
            assertEquals(java.util.List.of(), victoire.requestsToOtherOrigins());
        }
    }
}
