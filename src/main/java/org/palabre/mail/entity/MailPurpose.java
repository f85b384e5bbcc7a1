package org.palabre.mail.entity;

/** Why a mail is in the outbox, which decides how it is rendered when its time comes. */
public enum MailPurpose {
    /** A notification about a post (mention, reply, quote, watched topic or category). */
    NOTIFICATION,
    /** A post mailed to a member in mailing-list mode. */
    MAILING_LIST,
    DIGEST,
    /** The one mail that tells a member their daily limit of mails was reached. */
    PAUSE,
    /** A mail composed in advance (account mails), sent as it is. */
    NOTICE
}
