package org.palabre.watching;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.URL;
import java.time.Duration;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.support.ui.Select;
import org.palabre.testing.Browser;
import org.palabre.testing.Browser.JavaScript;
import org.palabre.testing.Forum;
import org.palabre.testing.Members;
import org.palabre.testing.WebClient;

/** A member watches a topic with the control on its page, JavaScript off, and hears of the next reply. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class WatchingBrowserIT {

    @ArquillianResource
    URL base;

    @Test
    void aMemberWatchesATopicWithItsControlAndIsNotifiedOfTheNextReply() throws Exception {
        URI uri = base.toURI();
        Forum.publicCategory(uri, "suivi-navigateur");
        WebClient author = Members.joined(uri, "Ursule-wb", "ursule.wb@collectif.test");
        WebClient replier = Members.joined(uri, "Valentin-wb", "valentin.wb@collectif.test");
        Members.joined(uri, "Wilfried-wb", "wilfried.wb@collectif.test");
        Forum.Place topic = Forum.topic(author, "suivi-navigateur", "Chorale du quartier", "Répétition jeudi.");

        try (Browser wilfried = Browser.open(base, JavaScript.OFF, "fr")) {
            wilfried.visit("/signin")
                    .type("login", "Wilfried-wb")
                    .type("password", Members.PASSWORD)
                    .click("main form button[type=submit]");
            wilfried.visit(topic.topicPath());
            assertEquals(
                    "NORMAL",
                    new Select(wilfried.find("#watch-level"))
                            .getFirstSelectedOption()
                            .getAttribute("value"));
            new Select(wilfried.find("#watch-level")).selectByValue("WATCHING");
            wilfried.click(".watch-control button[type=submit]");
            assertEquals(topic.topicPath(), wilfried.path());
            assertEquals(
                    "WATCHING",
                    new Select(wilfried.find("#watch-level"))
                            .getFirstSelectedOption()
                            .getAttribute("value"));

            Forum.Place reply = Forum.reply(replier, topic, null, "Je viendrai avec ma guitare.");
            long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
            do {
                wilfried.visit("/notifications");
            } while (wilfried.findAll(".notification.unread").isEmpty() && System.nanoTime() < deadline);
            assertEquals("Valentin-wb a écrit dans « Chorale du quartier »", wilfried.text(".notification.unread a"));
            wilfried.click(".notification.unread a");
            assertEquals(reply.topicPath(), wilfried.path());
            assertTrue(wilfried.findAll("#p" + reply.number()).size() == 1, "lands on the topic holding the reply");
        }
    }
}
