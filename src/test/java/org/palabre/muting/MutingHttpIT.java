package org.palabre.muting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.palabre.testing.Inbox.eventually;

import java.net.URI;
import java.net.URL;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.palabre.testing.Forum;
import org.palabre.testing.Members;
import org.palabre.testing.WebClient;

/** Muting a member from their profile: nothing they post notifies the muter any more, mentions included. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class MutingHttpIT {

    @ArquillianResource
    URL base;

    @Test
    void aMutedMembersMentionsRepliesQuotesAndPostsInWatchedTopicsNeverNotifyTheMuter() throws Exception {
        URI uri = base.toURI();
        Forum.publicCategory(uri, "sourdine-mu");
        WebClient muter = Members.joined(uri, "Eve-mu", "eve.mu@collectif.test");
        WebClient muted = Members.joined(uri, "Fred-mu", "fred.mu@collectif.test");
        WebClient other = Members.joined(uri, "Gina-mu", "gina.mu@collectif.test");
        assertFalse(muter.get("/u/Eve-mu").body().contains("action=\"/mutes/"), "nobody mutes themselves");
        assertFalse(new WebClient(uri).get("/u/Fred-mu").body().contains("action=\"/mutes/"), "visitors mute nobody");
        assertTrue(muter.get("/u/Fred-mu").body().contains("action=\"/mutes/Fred-mu\""));

        assertEquals(303, muter.submit("/u/Fred-mu", "/mutes/Fred-mu", Map.of()).statusCode());
        String profile = muter.get("/u/Fred-mu").body();
        assertTrue(profile.contains("action=\"/mutes/Fred-mu/remove\""), "the button now unmutes: " + profile);

        Forum.Place topic = Forum.topic(muter, "sourdine-mu", "Horaires du local", "On ouvre à 18 h.");
        HttpResponse<String> mention = muted.submit(
                topic.topicPath() + "/reply",
                topic.topicPath() + "/reply",
                Map.of("raw", "@Eve-mu je préfère 19 h.", "intent", "publish", "replyTo", "1"));
        assertEquals(303, mention.statusCode(), mention.body());
        assertFalse(
                mention.headers().firstValue("Location").orElseThrow().contains("unnotified"),
                "the author is not told who muted them");
        Forum.reply(
                muted,
                topic,
                null,
                "> [Eve-mu a écrit](" + topic.postPath() + ") :\n>\n> On ouvre à 18 h.\n\nTrop tôt.");
        Forum.Place fromOther = Forum.reply(other, topic, null, "@Eve-mu 18 h me va.");

        List<String> told = eventually(muter, 1);
        assertTrue(
                told.get(0).contains("\"kind\":\"MENTIONED\"") && told.get(0).contains(fromOther.postPath()),
                "only the member not muted is heard, though the topic is watched by its starter: " + told);

        assertEquals(
                303,
                muter.submit("/u/Fred-mu", "/mutes/Fred-mu/remove", Map.of()).statusCode());
        assertTrue(muter.get("/u/Fred-mu").body().contains("action=\"/mutes/Fred-mu\""));
        Forum.Place again = Forum.reply(muted, topic, null, "@Eve-mu bon, 18 h alors.");
        assertTrue(eventually(muter, 2).get(0).contains(again.postPath()), "unmuted, heard again");
    }

    @Test
    void aMemberWhoMutedATopicAndIsMentionedInItIsToldUnlessTheyMutedTheAuthor() throws Exception {
        URI uri = base.toURI();
        Forum.publicCategory(uri, "sourdine-sujet-mu");
        WebClient reader = Members.joined(uri, "Hugo-mu", "hugo.mu@collectif.test");
        WebClient muted = Members.joined(uri, "Ida-mu", "ida.mu@collectif.test");
        WebClient other = Members.joined(uri, "Jean-mu", "jean.mu@collectif.test");
        Forum.Place topic = Forum.topic(other, "sourdine-sujet-mu", "Vide-grenier", "Inscriptions ouvertes.");
        assertEquals(
                303,
                reader.submit(topic.topicPath(), "/watches/topics/" + topic.id(), Map.of("level", "MUTED"))
                        .statusCode());
        assertEquals(303, reader.submit("/u/Ida-mu", "/mutes/Ida-mu", Map.of()).statusCode());

        Forum.reply(muted, topic, null, "@Hugo-mu tu tiens un stand ?");
        Forum.Place heard = Forum.reply(other, topic, null, "@Hugo-mu et toi ?");
        List<String> told = eventually(reader, 1);
        assertTrue(told.get(0).contains(heard.postPath()), told.toString());
        assertEquals(404, reader.submit("/", "/mutes/personne-mu", Map.of()).statusCode());
    }
}
