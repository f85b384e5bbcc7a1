package org.palabre.accounts.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class AuthorNameTest {

    @Test
    void aDisplayNameIsShownWithTheUsernameThatSaysWhoItIs() {
        assertEquals("Admin (@mallory)", AuthorName.of("mallory", "Admin"));
        assertEquals("\u0430dmin (@mallory)", AuthorName.of("mallory", "\u0430dmin"));
        assertTrue(AuthorName.showsUsername("mallory", "Administrateur"));
    }

    @Test
    void aDisplayNameThatLooksLikeTheUsernameNeedsNoRepeat() {
        assertEquals("Camille", AuthorName.of("camille", "Camille"));
        assertFalse(AuthorName.showsUsername("camille", "Camille"));
    }

    @Test
    void withoutDisplayNameTheUsernameIsTheName() {
        assertEquals("camille", AuthorName.of("camille", null));
        assertEquals("camille", AuthorName.of("camille", " "));
        assertFalse(AuthorName.showsUsername("camille", null));
    }
}
