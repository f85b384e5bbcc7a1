package org.palabre.mail.entity;

import java.time.Instant;

/**
 * A bounce came back for a mail Palabre sent. accountId and mailId are known when the bounce came to the mail's
 * own VERP address; a bounce recognised by its content (a fixed envelope sender) names only the address.
 * Features that know members (mailing) score it, in the transaction that received it.
 */
public record BounceReceived(
        Long accountId,
        String recipientAddress,
        BounceKind kind,
        String status,
        String diagnostic,
        Long mailId,
        Instant receivedAt) {}
