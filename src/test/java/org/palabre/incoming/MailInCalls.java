package org.palabre.incoming;

import jakarta.mail.Message;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.palabre.testing.Forum;
import org.palabre.testing.Inbox;
import org.palabre.testing.WebClient;

/** What the mail-in tests do: write a member's mail, and read back the topic it should have reached. */
final class MailInCalls {

    private MailInCalls() {}

    /** A mail as a person's mail client writes it: new text on top, the quoted mail below. */
    static MimeMessage written(String from, String to, String subject, String text, Map<String, String> headers)
            throws Exception {
        MimeMessage mail = new MimeMessage(Session.getInstance(new Properties()));
        mail.setFrom(new InternetAddress(from));
        mail.setRecipients(Message.RecipientType.TO, InternetAddress.parse(to));
        mail.setSubject(subject, "UTF-8");
        mail.setText(text + "\n\nLe 4 déc. 2026, Palabre a écrit :\n> Le message d'origine\n> cité\n", "UTF-8");
        for (var header : headers.entrySet()) {
            mail.setHeader(header.getKey(), header.getValue());
        }
        mail.saveChanges();
        return mail;
    }

    /** One post of a topic as its JSON gives it. */
    record PostSeen(int number, String author, Integer replyTo, String cooked) {}

    /** Each post's JSON object starts with its author (JSON-B writes the properties in alphabetical order). */
    private static final Pattern AUTHOR = Pattern.compile("\\{\"author\":\"([^\"]+)\"");

    private static final Pattern NUMBER = Pattern.compile("\"number\":(\\d+)");
    private static final Pattern REPLY_TO = Pattern.compile("\"replyTo\":(\\d+|null)");
    /** The topic's JSON gives each post's HTML (cooked), not its markdown. */
    private static final Pattern COOKED = Pattern.compile("\"cooked\":\"((?:[^\"\\\\]|\\\\.)*)\"");

    /** The post of the topic whose text contains this, if there is one yet; fails if there are two. */
    static PostSeen post(WebClient reader, long topicId, String containing) {
        String body = Forum.json(reader, "GET", "/api/topics/" + topicId + "?size=200", null)
                .body();
        Matcher authors = AUTHOR.matcher(body);
        List<Integer> starts = new ArrayList<>();
        List<String> names = new ArrayList<>();
        while (authors.find()) {
            starts.add(authors.start());
            names.add(authors.group(1));
        }
        PostSeen found = null;
        for (int i = 0; i < starts.size(); i++) {
            String post = body.substring(starts.get(i), i + 1 < starts.size() ? starts.get(i + 1) : body.length());
            Matcher raw = COOKED.matcher(post);
            if (raw.find() && raw.group(1).contains(containing)) {
                if (found != null) {
                    throw new AssertionError("posted twice: " + containing);
                }
                Matcher number = NUMBER.matcher(post);
                Matcher replyTo = REPLY_TO.matcher(post);
                if (!number.find()) {
                    throw new AssertionError("unexpected post JSON: " + post);
                }
                // JSON-B leaves out a null replyTo
                boolean answers = replyTo.find() && !replyTo.group(1).equals("null");
                found = new PostSeen(
                        Integer.parseInt(number.group(1)),
                        names.get(i),
                        answers ? Integer.valueOf(replyTo.group(1)) : null,
                        raw.group(1));
            }
        }
        return found;
    }

    /** Waits up to 20 s for the condition. */
    static <T> T await(java.util.function.Supplier<T> value, Predicate<T> done) {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(20));
        T seen = value.get();
        while (!done.test(seen) && Instant.now().isBefore(deadline)) {
            Inbox.pause();
            seen = value.get();
        }
        return seen;
    }
}
