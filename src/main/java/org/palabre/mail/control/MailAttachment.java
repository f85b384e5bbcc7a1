package org.palabre.mail.control;

/** A file attached to a received mail, as the mail names it. */
public record MailAttachment(String fileName, String contentType, long size) {}
