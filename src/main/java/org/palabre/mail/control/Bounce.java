package org.palabre.mail.control;

import org.palabre.mail.entity.BounceKind;

/**
 * What a bounce says: how bad, the enhanced status code (RFC 3463, "5.1.1"), the address that failed, the
 * server's own words, and the Message-ID of the mail that bounced, each when the bounce tells it (else null).
 */
public record Bounce(BounceKind kind, String status, String recipient, String diagnostic, String originalMessageId) {}
