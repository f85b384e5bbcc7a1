package org.palabre.accounts.control;

import org.palabre.accounts.entity.Account;

/**
 * The invitations that open an invite-only forum. Accounts decide who may join; the invites feature, above them,
 * holds the links and answers through this port.
 */
public interface Invitations {

    boolean isUsable(String token);

    /** Marks the invitation used by the member it brought in; false when it was no longer usable. */
    boolean use(String token, Account newMember);
}
