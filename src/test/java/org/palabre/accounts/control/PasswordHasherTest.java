package org.palabre.accounts.control;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class PasswordHasherTest {

    private final PasswordHasher hasher = new PasswordHasher();

    @Test
    void theRightPasswordVerifiesAndAWrongOneDoesNot() {
        String hash = hasher.hash("correct horse battery");
        assertTrue(hasher.verify("correct horse battery", hash));
        assertFalse(hasher.verify("correct horse batterY", hash));
        assertFalse(hasher.verify("", hash));
    }

    @Test
    void theSamePasswordHashesDifferentlyEachTimeBecauseOfTheSalt() {
        assertNotEquals(hasher.hash("même mot de passe"), hasher.hash("même mot de passe"));
    }

    @Test
    void theStoredFormNamesAlgorithmAndIterationsSoTheyCanBeRaisedLater() {
        String hash = hasher.hash("un mot de passe assez long");
        assertTrue(hash.startsWith("pbkdf2-sha256$600000$"), hash);
        assertFalse(hasher.needsRehash(hash));
        assertTrue(hasher.needsRehash(hash.replace("$600000$", "$310000$")));
    }

    @Test
    void aHashWithFewerIterationsStillVerifiesWithItsOwnCount() {
        String weaker = hasher.hash("ancien mot de passe").replace("$600000$", "$1000$");
        // The key no longer matches the changed count, so this pins that the count is read from the hash.
        assertFalse(hasher.verify("ancien mot de passe", weaker));
    }

    @Test
    void malformedStoredHashesNeverVerify() {
        assertFalse(hasher.verify("x", "plaintext"));
        assertFalse(hasher.verify("x", "md5$1$abc$def"));
    }
}
