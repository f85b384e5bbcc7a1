package org.palabre.accounts.entity;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class AccountStandingTest {

    private final Account member = new Account("Kesmembre", "kesmembre@kes.test", "hash", Role.MEMBER);
    private final Instant now = Instant.parse("2026-11-23T10:00:00Z");

    @Test
    void aSilenceEndsByItselfWhenItsMomentPasses() {
        member.standing().silence(now.plus(Duration.ofDays(2)), "calmer le jeu");
        assertTrue(member.standing().isSilenced(now));
        assertFalse(
                member.standing().isSilenced(now.plus(Duration.ofDays(2))),
                "over at the moment itself, without any job");
        assertFalse(member.standing().isSuspended(now), "a silence is not a suspension");
    }

    @Test
    void aSuspensionEndsByItselfOrWhenLifted() {
        member.standing().suspend(now.plus(Duration.ofDays(7)), "insultes");
        assertTrue(member.standing().isSuspended(now.plus(Duration.ofDays(6))));
        assertFalse(member.standing().isSuspended(now.plus(Duration.ofDays(8))));
        member.standing().liftSuspension();
        assertFalse(member.standing().isSuspended(now));
    }
}
