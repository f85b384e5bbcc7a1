package org.palabre.accounts.control;

import java.util.List;
import org.palabre.accounts.entity.Account;

/**
 * A part of the data a member downloads that a feature above accounts holds (their posts, the invitations they
 * made). Each part lands under its key in the document.
 */
public interface OwnDataSection {

    /** The part's name in the document, such as {@code posts}. */
    String key();

    List<?> of(Account member);
}
