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
