package org.palabre.setup.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class SetupCodeTest {

    @Test
    void codesAreThreeGroupsOfFourUnambiguousCharacters() {
        String code = SetupCode.generate();
        assertTrue(code.matches("[A-HJKMNP-Z2-9]{4}-[A-HJKMNP-Z2-9]{4}-[A-HJKMNP-Z2-9]{4}"), code);
    }

    @Test
    void theCodeIsAcceptedWhateverItsCaseAndSurroundingSpaces() {
        SetupCode setupCode = new SetupCode();
        setupCode.issue("http://localhost:8080/setup");
        String code = setupCode.current();
        assertTrue(setupCode.matches("  " + code.toLowerCase() + " ", "http://localhost:8080/setup"));
    }

    @Test
    void tenWrongGuessesReplaceTheCodeSoItCannotBeBruteForced() {
        SetupCode setupCode = new SetupCode();
        setupCode.issue("http://localhost:8080/setup");
        String first = setupCode.current();
        for (int i = 0; i < 10; i++) {
            assertFalse(setupCode.matches("AAAA-AAAA-AAAA", "http://localhost:8080/setup"));
        }
        assertNotEquals(first, setupCode.current());
        assertFalse(setupCode.matches(first, "http://localhost:8080/setup"));
    }

    @Test
    void aRetiredCodeMatchesNothing() {
        SetupCode setupCode = new SetupCode();
        setupCode.issue("http://localhost:8080/setup");
        String code = setupCode.current();
        setupCode.retire();
        assertFalse(setupCode.matches(code, "http://localhost:8080/setup"));
        assertEquals(null, setupCode.current());
    }
}
