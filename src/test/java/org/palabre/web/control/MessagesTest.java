package org.palabre.web.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class MessagesTest {

    @Test
    void frenchAndEnglishHaveExactlyTheSameKeys() throws IOException {
        assertEquals(keys("fr"), keys("en"));
    }

    @Test
    void everyKeyATemplateOrClassAsksForExists() throws IOException {
        Set<String> known = keys("fr");
        Set<String> missing = new TreeSet<>();
        Pattern literalKey = Pattern.compile("\\bt\\(\"([a-zA-Z0-9.]*[a-zA-Z0-9])\"\\s*[,)]");
        try (Stream<Path> files =
                Stream.concat(Files.walk(Path.of("src/main/jte")), Files.walk(Path.of("src/main/java")))) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                Matcher matcher = literalKey.matcher(Files.readString(file));
                while (matcher.find()) {
                    if (!known.contains(matcher.group(1))) {
                        missing.add(matcher.group(1) + " in " + file);
                    }
                }
            }
        }
        assertTrue(missing.isEmpty(), "missing message keys: " + missing);
    }

    @Test
    void argumentsAreFilledInAndFrenchApostrophesSurviveFormatting() {
        assertEquals("Bienvenue sur Palabre", Messages.in(Locale.FRENCH).get("home.heading", "Palabre"));
        assertEquals("Welcome to Palabre", Messages.in(Locale.ENGLISH).get("home.heading", "Palabre"));
        assertTrue(Messages.in(Locale.FRENCH).get("footer.about", "Palabre").contains("Palabre — un forum"));
    }

    @Test
    void noTextUsesAStraightApostropheWhichMessageFormatWouldSwallow() throws IOException {
        for (String language : new String[] {"fr", "en"}) {
            Properties texts = load(language);
            for (String key : texts.stringPropertyNames()) {
                assertTrue(texts.getProperty(key).indexOf('\'') < 0, language + " " + key + " has ' (write ’)");
            }
        }
    }

    @Test
    void countsFollowEachLanguagesPluralRules() {
        Messages french = Messages.in(Locale.FRENCH);
        Messages english = Messages.in(Locale.ENGLISH);
        assertEquals("1 non lu", french.get("topics.unread", 1));
        assertEquals("3 non lus", french.get("topics.unread", 3));
        assertEquals("1 non lue", french.get("nav.notifications.unread", 1));
        assertEquals("aucun membre", french.get("groups.size", 0));
        assertEquals("1 membre", french.get("groups.size", 1));
        assertEquals("1 234 membres", french.get("groups.size", 1234).replace('\u202f', ' '));
        assertEquals("no members", english.get("groups.size", 0));
        assertEquals("1 member", english.get("groups.size", 1));
        assertEquals("Fil (1 message)", french.get("mail.digest.topic", "Fil", 1));
        assertEquals("Thread (1 post)", english.get("mail.digest.topic", "Thread", 1));
        assertEquals("Thread (2 posts)", english.get("mail.digest.topic", "Thread", 2));
        assertEquals("Vous avez 1 notification non lue.", french.get("mail.digest.unread", 1));
        assertEquals("You have 1 unread notification.", english.get("mail.digest.unread", 1));
        assertEquals("Encore une réponse dans ce fil →", french.get("posts.folded", 1));
        assertEquals("2 more replies in this thread →", english.get("posts.folded", 2));
        assertTrue(french.get("moderation.topicSlowMode", 1).contains("1 seconde entre"));
    }

    @Test
    void aCountStoredAsTextInALogLineStillFollowsThePluralRules() {
        assertEquals("1 jour", Messages.in(Locale.FRENCH).get("modlog.details.days", "1"));
        assertEquals("7 days", Messages.in(Locale.ENGLISH).get("modlog.details.days", "7"));
        assertEquals("1 flag", Messages.in(Locale.ENGLISH).get("modlog.details.flags", "1"));
        Object[] splitFromTheStoredText = "12".split("\\|");
        assertEquals("12 flags", Messages.in(Locale.ENGLISH).get("modlog.details.flags", splitFromTheStoredText));
    }

    /**
     * A count must be told as a plural (ICU {n, plural, ...}), never as a bare "{0} messages" that reads
     * "1 messages", nor as a choice format (which knows no language's rules) or a "(s)" left to the reader.
     */
    @Test
    void everyCountIsAPluralInBothLanguages() throws IOException {
        Pattern bareCount =
                Pattern.compile("\\{\\d+\\}\\s+(messages?|posts?|sujets?|topics?|membres?|members?|secondes?"
                        + "|seconds?|jours?|days?|caractères?|characters?|liens?|links?|réponses?|replies|courriels?|mails?"
                        + "|non lus?|non lues?|unread|notifications?)\\b");
        Set<String> wrong = new TreeSet<>();
        for (String language : new String[] {"fr", "en"}) {
            Properties texts = load(language);
            for (String key : texts.stringPropertyNames()) {
                String text = texts.getProperty(key);
                if (bareCount.matcher(text).find() || text.contains(",choice,") || text.contains("(s)")) {
                    wrong.add(language + " " + key + "=" + text);
                }
                if (text.contains("{")) {
                    try {
                        new com.ibm.icu.text.MessageFormat(text, Locale.forLanguageTag(language));
                    } catch (IllegalArgumentException e) {
                        wrong.add(language + " " + key + " does not parse: " + e.getMessage());
                    }
                }
            }
        }
        assertEquals(Set.of(), wrong);
    }

    @Test
    void momentsInAMessageBecomeTimeElementsInTheReadersZoneAndTheRestIsEscaped() {
        ReaderTimes kiritimati = new ReaderTimes(Locale.FRENCH, java.time.ZoneId.of("Pacific/Kiritimati"));
        java.time.Instant noonUtc = java.time.Instant.parse("2026-12-04T12:00:00Z");
        gg.jte.output.StringOutput html = new gg.jte.output.StringOutput();
        Messages.in(Locale.FRENCH)
                .html(kiritimati, "approvals.history", "<b>", new ReaderTimes.Day(noonUtc), 2, 1)
                .writeTo(html);
        assertEquals(
                "@&lt;b&gt; inscrit le <time datetime=\"2026-12-04T12:00:00Z\">5 décembre 2026</time> ; messages publiés : 2 ;"
                        + " refusés ou supprimés : 1.",
                html.toString().replace('\u202f', ' ').replace('\u00a0', ' '));
    }

    @Test
    void anUnsupportedLanguageFallsBackToFrench() {
        assertEquals(Locale.FRENCH, Messages.in(Locale.GERMAN).locale());
    }

    private static Set<String> keys(String language) throws IOException {
        return new TreeSet<>(load(language).stringPropertyNames());
    }

    private static Properties load(String language) throws IOException {
        Properties properties = new Properties();
        try (InputStream in =
                Files.newInputStream(Path.of("src/main/resources/messages/messages_" + language + ".properties"))) {
            properties.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
        }
        return properties;
    }
}
