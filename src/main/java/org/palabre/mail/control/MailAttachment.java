package org.palabre.mail.control;

import java.util.Arrays;
import java.util.Objects;

/**
 * A file a mail carried, attached or inline (an image an HTML mail shows by {@code cid:}): its name as the sender
 * gave it, its declared MIME type (a claim, never trusted), its decoded size and its decoded bytes.
 */
public record MailAttachment(String fileName, String contentType, long size, byte[] content) {

    public MailAttachment {
        content = content == null ? new byte[0] : content;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof MailAttachment that
                && size == that.size
                && Objects.equals(fileName, that.fileName)
                && Objects.equals(contentType, that.contentType)
                && Arrays.equals(content, that.content);
    }

    @Override
    public int hashCode() {
        return Objects.hash(fileName, contentType, size, Arrays.hashCode(content));
    }

    @Override
    public String toString() {
        return "MailAttachment[" + fileName + ", " + contentType + ", " + size + " bytes]";
    }
}
