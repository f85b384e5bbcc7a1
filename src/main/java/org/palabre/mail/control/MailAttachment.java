package org.palabre.mail.control;

/** A file a mail carried: its name as the sender gave it, its MIME type and its decoded size in bytes. */
public record MailAttachment(String fileName, String contentType, long size) {}
