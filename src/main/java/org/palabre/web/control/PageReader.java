package org.palabre.web.control;

import java.util.Optional;

/**
 * Who reads the page, as far as the page layout and its language need to know. The kernel knows no accounts: the
 * accounts feature answers for the signed-in member.
 */
public interface PageReader {

    /** The signed-in member, if any; empty for visitors. */
    Optional<SignedIn> signedIn();

    /** What the header, the language choice and the clock need of a signed-in member. */
    record SignedIn(long id, String username, String language, String timeZone, boolean admin, boolean staff) {}
}
