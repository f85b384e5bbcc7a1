package org.palabre.mail.entity;

/** Where a mail of the outbox stands. */
public enum MailStatus {
    /** Waiting for its send time, or for its next attempt after a temporary failure. */
    PENDING,
    SENT,
    /** The SMTP server refused it for good (a 5xx reply): trying again would not help. */
    FAILED,
    /** Temporary failures went on for longer than Palabre keeps trying. */
    DEAD,
    /** Not sent on purpose: the post was withdrawn, the member read it, lost access, or changed their mind. */
    CANCELLED
}
