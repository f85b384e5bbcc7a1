package org.palabre.accounts.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.Instant;

/**
 * A member's standing with the moderators: silenced (reads but does not write) or suspended (cannot sign
 * in) until a moment. Both end by themselves: every question compares with the time it is asked at.
 */
@Embeddable
public class Standing {

    @Column(name = "silenced_until")
    private Instant silencedUntil;

    @Column(name = "silence_reason")
    private String silenceReason;

    @Column(name = "suspended_until")
    private Instant suspendedUntil;

    @Column(name = "suspension_reason")
    private String suspensionReason;

    public boolean isSilenced(Instant now) {
        return silencedUntil != null && silencedUntil.isAfter(now);
    }

    public boolean isSuspended(Instant now) {
        return suspendedUntil != null && suspendedUntil.isAfter(now);
    }

    public void silence(Instant until, String reason) {
        this.silencedUntil = until;
        this.silenceReason = reason;
    }

    public void suspend(Instant until, String reason) {
        this.suspendedUntil = until;
        this.suspensionReason = reason;
    }

    public void liftSilence() {
        this.silencedUntil = null;
        this.silenceReason = null;
    }

    public void liftSuspension() {
        this.suspendedUntil = null;
        this.suspensionReason = null;
    }

    public Instant silencedUntil() {
        return silencedUntil;
    }

    public String silenceReason() {
        return silenceReason;
    }

    public Instant suspendedUntil() {
        return suspendedUntil;
    }

    public String suspensionReason() {
        return suspensionReason;
    }
}
