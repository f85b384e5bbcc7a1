package org.palabre.security.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import org.junit.jupiter.api.Test;

class SecurityHeadersFilterTest {

    @Test
    void overHttpsBrowsersAreToldToKeepToHttpsForAYear() {
        assertEquals("max-age=31536000", SecurityHeadersFilter.headers(true).get("Strict-Transport-Security"));
    }

    /** Over plain http the header means nothing, and a local test server must not pin https on localhost. */
    @Test
    void overHttpThereIsNoStrictTransportSecurity() {
        assertFalse(SecurityHeadersFilter.headers(false).containsKey("Strict-Transport-Security"));
    }
}
