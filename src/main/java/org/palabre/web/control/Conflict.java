package org.palabre.web.control;

/**
 * An action the present state of its target does not allow, such as restoring a post nobody deleted: answered
 * with 409 and the message its key names.
 */
public class Conflict extends Refusal {

    private static final long serialVersionUID = 1L;

    public Conflict(String key) {
        super(409, key);
    }
}
