package org.palabre.mailing.entity;

/** When a member wants a mail about something that concerns them. */
public enum MailFrequency {
    ALWAYS,
    /** Only when they have not been on the site for a while (they saw it there otherwise). */
    AWAY,
    NEVER
}
