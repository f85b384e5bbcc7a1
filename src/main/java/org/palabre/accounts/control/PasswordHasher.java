package org.palabre.accounts.control;

import jakarta.enterprise.context.ApplicationScoped;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/**
 * Slow, salted password hashes: PBKDF2-HMAC-SHA256 with OWASP's recommended 600,000 iterations, from the
 * JDK itself. The stored form names the algorithm and the iteration count, so the count can be raised
 * later and older hashes still verify (and are upgraded by {@link #needsRehash}).
 */
@ApplicationScoped
public class PasswordHasher {

    static final String ALGORITHM = "pbkdf2-sha256";
    static final int ITERATIONS = 600_000;
    private static final int SALT_BYTES = 16;
    private static final int KEY_BITS = 256;
    private static final SecureRandom RANDOM = new SecureRandom();

    /**
     * Verified against when the account does not exist, to take the same time: a stored form with the current
     * iteration count and random bytes where the key goes, which no password derives. Deriving a real hash here
     * cost 600,000 iterations at every start (class initialisation, before the first page), for nothing.
     */
    private static final String DECOY = format(ITERATIONS, randomBytes(SALT_BYTES), randomBytes(KEY_BITS / 8));

    private static byte[] randomBytes(int count) {
        byte[] bytes = new byte[count];
        RANDOM.nextBytes(bytes);
        return bytes;
    }

    public String hash(String password) {
        byte[] salt = randomBytes(SALT_BYTES);
        return format(ITERATIONS, salt, derive(password, salt, ITERATIONS));
    }

    public boolean verify(String password, String storedHash) {
        String[] parts = storedHash.split("\\$");
        if (parts.length != 4 || !ALGORITHM.equals(parts[0])) {
            return false;
        }
        int iterations = Integer.parseInt(parts[1]);
        byte[] salt = Base64.getDecoder().decode(parts[2]);
        byte[] expected = Base64.getDecoder().decode(parts[3]);
        return MessageDigest.isEqual(expected, derive(password, salt, iterations));
    }

    /** Spends the time of a verification, so that a missing account cannot be told from a wrong password. */
    public void verifyDecoy(String password) {
        verify(password, DECOY);
    }

    public boolean needsRehash(String storedHash) {
        return !storedHash.startsWith(ALGORITHM + "$" + ITERATIONS + "$");
    }

    private static byte[] derive(String password, byte[] salt, int iterations) {
        PBEKeySpec spec = new PBEKeySpec(password.toCharArray(), salt, iterations, KEY_BITS);
        try {
            return SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256")
                    .generateSecret(spec)
                    .getEncoded();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("PBKDF2WithHmacSHA256 is part of every JDK", e);
        } finally {
            spec.clearPassword();
        }
    }

    private static String format(int iterations, byte[] salt, byte[] key) {
        Base64.Encoder base64 = Base64.getEncoder();
        return ALGORITHM + "$" + iterations + "$" + base64.encodeToString(salt) + "$" + base64.encodeToString(key);
    }
}
