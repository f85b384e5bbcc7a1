package org.palabre.posts.control;

import org.palabre.accounts.entity.Account;

/**
 * Files attached from the composer, kept by the uploads feature (which stands above posts and implements this).
 * Refusals (an unknown type, a file too large) are the kernel's InvalidInput with the problem under {@code file}.
 */
public interface ComposerAttachments {

    /** What the composer gets back: the markdown to insert, and what the uploader should know before posting. */
    record Attached(String markdown, String note) {}

    Attached attach(Account sender, String sentName, byte[] content);
}
