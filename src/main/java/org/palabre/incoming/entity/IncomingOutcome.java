package org.palabre.incoming.entity;

/** What became of a received mail. */
public enum IncomingOutcome {
    /** Claimed, not yet acted on (a crash in between leaves it so: it is never acted on twice). */
    RECEIVED,
    /** Posted, or the unsubscribe it asked for was done. */
    ACCEPTED,
    /** Not done, and the sender was told why. */
    REFUSED,
    /** Automatic mail or Palabre's own: neither acted on nor answered. */
    IGNORED,
    /** A delivery report for a mail Palabre sent. */
    BOUNCE
}
