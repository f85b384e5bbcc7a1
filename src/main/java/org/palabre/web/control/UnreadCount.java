package org.palabre.web.control;

/**
 * The number in the header's notification link. Notifications sit high above the kernel, so they contribute it
 * through this port; without them the header shows none.
 */
public interface UnreadCount {

    /** Unread notifications of the member signed in on this request (0 for visitors). */
    long ofSignedInReader();
}
