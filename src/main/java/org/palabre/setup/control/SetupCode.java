package org.palabre.setup.control;

import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.logging.Logger;

/**
 * The one-time code that proves the person creating the first administrator can read the server's log.
 * It is printed at start-up and replaced after too many wrong guesses, so it cannot be brute-forced.
 */
@ApplicationScoped
public class SetupCode {

    private static final Logger LOG = Logger.getLogger(SetupCode.class.getName());
    /** No 0/O, 1/I/L: easy to copy from a terminal by eye. */
    private static final String ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";

    private static final int MAX_WRONG_GUESSES = 10;
    private static final SecureRandom RANDOM = new SecureRandom();

    private String code;
    private int wrongGuesses;

    public synchronized void issue(String setupUrl) {
        code = generate();
        wrongGuesses = 0;
        LOG.warning(() -> String.join(
                System.lineSeparator(),
                "",
                "================================================================",
                " Palabre has no administrator yet.",
                " Open " + setupUrl + " and enter this one-time code:",
                "     " + code,
                "================================================================"));
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
            issue(setupUrl);
        }
        return right;
    }

    public synchronized void retire() {
        code = null;
    }

    /** For the person at the console, and for Palabre's own tests. */
    public synchronized String current() {
        return code;
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
