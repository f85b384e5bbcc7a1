package org.palabre.accounts.control;

/**
 * Names a member may not take because something else already answers to {@code @name}, such as a group, so that a
 * mention always says whom it means. Features above accounts that own such names answer through this port.
 */
public interface ReservedNames {

    /** Whether the name whose confusable skeleton is given is taken. */
    boolean isTaken(String skeleton);
}
