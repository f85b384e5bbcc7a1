package org.palabre.live.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.Json;
import java.util.Locale;
import org.palabre.live.control.LiveAudience;

/**
 * The data of the events a page is sent: ids and numbers, never content. The page fetches what it shows through
 * the ordinary pages, with the reader's own permissions.
 */
@ApplicationScoped
public class LiveMessages {

    String post(LiveAudience.Told told) {
        return Json.createObjectBuilder()
                .add("kind", told.change().kind().name().toLowerCase(Locale.ROOT))
                .add("post", told.change().postId())
                .add("topic", told.change().topicId())
                .add("number", told.number())
                .build()
                .toString();
    }

    String count(long unread) {
        return Json.createObjectBuilder().add("unread", unread).build().toString();
    }
}
