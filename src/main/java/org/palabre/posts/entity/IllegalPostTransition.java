package org.palabre.posts.entity;

import org.palabre.web.control.Conflict;

/** A change of state a post refuses in the state it is in, such as approving a post that was never held. */
public class IllegalPostTransition extends Conflict {

    private static final long serialVersionUID = 1L;

    public IllegalPostTransition(String key) {
        super(key);
    }
}
