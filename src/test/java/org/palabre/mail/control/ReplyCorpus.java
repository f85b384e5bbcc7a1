package org.palabre.mail.control;

import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.Properties;
import java.util.stream.Stream;

/**
 * The answers real mail clients write, in src/test/resources/mail/replies: NAME.eml and the text a member meant,
 * NAME.expected.txt. The client is the name up to its first dash (gmail, outlook, apple, thunderbird, …).
 */
record ReplyCorpus(String name, Path eml, String expected) {

    static final Path DIRECTORY = Paths.get("src/test/resources/mail/replies");

    static List<ReplyCorpus> all() {
        try (Stream<Path> files = Files.list(DIRECTORY)) {
            return files.filter(file -> file.toString().endsWith(".eml"))
                    .sorted()
                    .map(ReplyCorpus::of)
                    .toList();
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
    }

    private static ReplyCorpus of(Path eml) {
        String name = eml.getFileName().toString().replaceFirst("\\.eml$", "");
        try {
            String expected = Files.readString(eml.resolveSibling(name + ".expected.txt"), StandardCharsets.UTF_8);
            return new ReplyCorpus(name, eml, expected.stripTrailing());
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
    }

    String client() {
        return name.substring(0, name.indexOf('-') < 0 ? name.length() : name.indexOf('-'));
    }

    MimeMessage message() throws Exception {
        try (InputStream in = Files.newInputStream(eml)) {
            return new MimeMessage(Session.getInstance(new Properties()), in);
        }
    }

    @Override
    public String toString() {
        return name;
    }
}
