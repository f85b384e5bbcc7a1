package org.palabre.mail.entity;

/** How bad a bounce is: a hard one says the address is dead, a soft one that it failed for now. */
public enum BounceKind {
    /** Permanent (5.x.x): no such mailbox, domain gone, refused for good. */
    HARD,
    /** Temporary (4.x.x), a full mailbox (5.2.2), greylisting, a delay warning. */
    SOFT
}
