package org.palabre.testing;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * The mail outbox as the tests read it (test-support endpoints): the rows about a post, or to a member. A row
 * that is no longer PENDING will never be sent again, so a test that waits for its rows to settle knows that
 * every mail that will arrive has arrived, with no guess at a delay.
 */
public final class OutboxRows {

    private OutboxRows() {}

    /** The rows about the post, "email status attempts id", for recipients whose address starts with the prefix. */
    public static String aboutPost(URI uri, long postId, String recipientPrefix) {
        return new WebClient(uri)
                .get("/test-support/mail/outbox/" + postId)
                .body()
                .lines()
                .filter(line -> line.startsWith(recipientPrefix))
                .collect(Collectors.joining("\n", "", "\n"));
    }

    /** The rows to the member, "purpose status attempts id". */
    public static String to(URI uri, String email) {
        return new WebClient(uri)
                .get("/test-support/mail/outbox-to/" + URLEncoder.encode(email, StandardCharsets.UTF_8))
                .body();
    }

    /** Waits until the rows about the post satisfy the condition; fails the test otherwise. */
    public static String awaitAboutPost(
            URI uri, long postId, String recipientPrefix, Predicate<String> condition, Duration patience) {
        return await(() -> aboutPost(uri, postId, recipientPrefix), condition, patience);
    }

    /** Waits until none of the member's rows is pending any more. */
    public static String awaitSettledTo(URI uri, String email, Duration patience) {
        return await(() -> to(uri, email), rows -> !rows.contains(" PENDING "), patience);
    }

    private static String await(
            java.util.function.Supplier<String> read, Predicate<String> condition, Duration patience) {
        Instant deadline = Instant.now().plus(patience);
        String rows = read.get();
        while (!condition.test(rows) && Instant.now().isBefore(deadline)) {
            Inbox.pause();
            rows = read.get();
        }
        if (!condition.test(rows)) {
            throw new AssertionError("the outbox never reached the expected state: " + rows);
        }
        return rows;
    }
}
