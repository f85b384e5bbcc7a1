package org.palabre.setup.control;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.ConfigProvider;
import org.palabre.database.control.DatabaseSettings;

/**
 * The one-time code that proves the person creating the first administrator can read the server's log or its
 * data folder. It is replaced after too many wrong guesses, so it cannot be brute-forced.
 *
 * <p>Payara writes some 500 lines while it starts, so the code is not left in the middle of them: it is written
 * to {@value #FILE_NAME} in the data folder at once, and printed in a frame after Payara's own "ready" line.
 */
@ApplicationScoped
public class SetupCode {

    static final String FILE_NAME = "setup-code.txt";

    private static final Logger LOG = Logger.getLogger(SetupCode.class.getName());
    /** No 0/O, 1/I/L: easy to copy from a terminal by eye. */
    private static final String ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";

    private static final int MAX_WRONG_GUESSES = 10;
    private static final SecureRandom RANDOM = new SecureRandom();

    /** Where the code is written; none in plain unit tests, which have no data folder. */
    private Path file;

    private String code;
    private int wrongGuesses;
    private boolean started;

    @PostConstruct
    void findDataFolder() {
        file = DatabaseSettings.dataDir(ConfigProvider.getConfig(SetupCode.class.getClassLoader()))
                .resolve(FILE_NAME);
    }

    /** Issues a code at start-up: written to its file now, printed once the server has started. */
    public synchronized void issue(String setupUrl) {
        code = generate();
        wrongGuesses = 0;
        write();
        if (started) {
            print(setupUrl);
        } else if (file != null) {
            LOG.info(() -> "Palabre has no administrator yet: the one-time set-up code is in " + file
                    + " and will be printed at the end of the start-up log.");
        }
    }

    /** Prints the code, framed, for the person at the console (after Payara's start-up lines). */
    public synchronized void announce(String setupUrl) {
        started = true;
        if (code != null) {
            print(setupUrl);
        }
    }

    public synchronized boolean matches(String candidate, String setupUrl) {
        if (code == null || candidate == null) {
            return false;
        }
        boolean right = MessageDigest.isEqual(
                code.getBytes(StandardCharsets.US_ASCII),
                candidate.strip().toUpperCase(java.util.Locale.ROOT).getBytes(StandardCharsets.UTF_8));
        if (!right && ++wrongGuesses >= MAX_WRONG_GUESSES) {
            LOG.warning("Too many wrong set-up codes: a new one replaces the old.");
            started = true; // a guess means the server is answering: print the new code at once
            issue(setupUrl);
        }
        return right;
    }

    public synchronized void retire() {
        code = null;
        if (file != null) {
            try {
                Files.deleteIfExists(file);
            } catch (IOException e) {
                LOG.warning(() -> "Could not delete " + file + ", which held the used set-up code: " + e);
            }
        }
    }

    /** For the person at the console, and for Palabre's own tests. */
    public synchronized String current() {
        return code;
    }

    private void print(String setupUrl) {
        String line = "=".repeat(72);
        LOG.warning(() -> String.join(
                System.lineSeparator(),
                "",
                line,
                " Palabre has no administrator yet.",
                " Open " + setupUrl + " and enter this one-time code:",
                "",
                "     " + code,
                "",
                file == null ? " " : " (The code is also in " + file + ")",
                line));
    }

    /** Readable by the account that runs Palabre only, where the file system can say so. */
    private void write() {
        if (file == null) {
            return;
        }
        try {
            Files.createDirectories(file.getParent());
            Files.deleteIfExists(file);
            try {
                Files.createFile(
                        file,
                        java.nio.file.attribute.PosixFilePermissions.asFileAttribute(
                                java.nio.file.attribute.PosixFilePermissions.fromString("rw-------")));
            } catch (UnsupportedOperationException notPosix) {
                Files.createFile(file);
            }
            Files.writeString(file, code + System.lineSeparator(), StandardCharsets.US_ASCII);
        } catch (IOException e) {
            LOG.warning(() -> "Could not write the set-up code to " + file + " (it is printed below): " + e);
        }
    }

    static String generate() {
        StringBuilder generated = new StringBuilder(14);
        for (int i = 0; i < 12; i++) {
            if (i > 0 && i % 4 == 0) {
                generated.append('-');
            }
            generated.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return generated.toString();
    }
}
