package org.palabre.mail.entity;

/** A mail to send at once was put in the outbox; after the commit, the workers look. */
public record MailQueued() {}
