package org.palabre.accounts.entity;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class AccountTokenTest {

    private final Account member = new Account("noemie", "noemie@collectif.test", "hash", Role.MEMBER);

    @Test
    void aVerificationLinkWorksForADayAndAResetLinkForAnHour() {
        Instant now = Instant.now();
        AccountToken verification = new AccountToken(member, AccountToken.Purpose.VERIFY_EMAIL, "h1");
        AccountToken reset = new AccountToken(member, AccountToken.Purpose.RESET_PASSWORD, "h2");
        assertTrue(verification.isUsableFor(AccountToken.Purpose.VERIFY_EMAIL, now.plus(Duration.ofHours(23))));
        assertFalse(verification.isUsableFor(AccountToken.Purpose.VERIFY_EMAIL, now.plus(Duration.ofHours(25))));
        assertTrue(reset.isUsableFor(AccountToken.Purpose.RESET_PASSWORD, now.plus(Duration.ofMinutes(59))));
        assertFalse(reset.isUsableFor(AccountToken.Purpose.RESET_PASSWORD, now.plus(Duration.ofMinutes(61))));
    }

    @Test
    void aUsedLinkOrALinkForAnotherPurposeOpensNothing() {
        AccountToken reset = new AccountToken(member, AccountToken.Purpose.RESET_PASSWORD, "h3");
        assertFalse(
                reset.isUsableFor(AccountToken.Purpose.VERIFY_EMAIL, Instant.now()), "a reset link does not verify");
        reset.markUsed(Instant.now());
        assertFalse(reset.isUsableFor(AccountToken.Purpose.RESET_PASSWORD, Instant.now()), "and works once");
    }
}
