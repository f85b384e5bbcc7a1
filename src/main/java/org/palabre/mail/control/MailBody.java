package org.palabre.mail.control;

import java.util.List;

/** What a received mail says: its text, whether that text came from HTML, and the files attached to it. */
public record MailBody(String text, boolean fromHtml, List<MailAttachment> attachments) {

    public MailBody {
        attachments = List.copyOf(attachments);
    }
}
