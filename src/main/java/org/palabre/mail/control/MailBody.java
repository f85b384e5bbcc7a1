package org.palabre.mail.control;

import java.util.List;

/** The text a member wrote in a mail (markdown when it came from HTML) and the files the mail carried. */
public record MailBody(String text, boolean fromHtml, List<MailAttachment> attachments) {

    public MailBody {
        attachments = List.copyOf(attachments);
    }
}
