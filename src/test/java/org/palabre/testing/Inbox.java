package org.palabre.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A member's notifications as the JSON API lists them, newest first, one JSON object each. */
public final class Inbox {

    private static final Pattern NOTIFICATION = Pattern.compile("\\{[^{}]*\"id\":(\\d+)[^{}]*\\}");

    private Inbox() {}

    public static List<String> notifications(WebClient member) {
        HttpResponse<String> listed = Forum.json(member, "GET", "/api/notifications", null);
        assertEquals(200, listed.statusCode(), listed.body());
        List<String> found = new ArrayList<>();
        Matcher matcher = NOTIFICATION.matcher(listed.body());
        while (matcher.find()) {
            found.add(matcher.group());
        }
        return found;
    }

    /** Waits up to 10 s (watchers are told after the commit) for exactly that many notifications. */
    public static List<String> eventually(WebClient member, int count) {
        long deadline = System.nanoTime() + 10_000_000_000L;
        List<String> found = notifications(member);
        while (found.size() < count && System.nanoTime() < deadline) {
            pause();
            found = notifications(member);
        }
        assertEquals(count, found.size(), found.toString());
        return found;
    }

    /**
     * The poll interval of every wait on the server's background work (telling watchers, sending mail): each wait
     * has a deadline and asserts on what it found, never on the time it took.
     */
    public static void pause() {
        try {
            Thread.sleep(50);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }
}
