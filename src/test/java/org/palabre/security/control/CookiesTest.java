package org.palabre.security.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class CookiesTest {

    @Test
    void overHttpsEveryCookieIsSecureHttpOnlyAndSameSiteLax() {
        assertEquals(
                "palabre_session=abc; Path=/; HttpOnly; SameSite=Lax; Secure",
                Cookies.header("palabre_session", "abc", null, true));
    }

    @Test
    void aRememberedCookieHasAnAgeAndARemovedOneAnAgeOfZero() {
        assertEquals(
                "palabre_session=abc; Path=/; HttpOnly; SameSite=Lax; Max-Age=5184000",
                Cookies.header("palabre_session", "abc", 5_184_000L, false));
        assertEquals(
                "palabre_session=; Path=/; HttpOnly; SameSite=Lax; Max-Age=0",
                Cookies.header("palabre_session", "", 0L, false));
    }
}
