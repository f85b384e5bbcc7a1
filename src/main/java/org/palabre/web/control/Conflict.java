package org.palabre.web.control;

/**
 * An action the present state of its target does not allow, such as restoring a post nobody deleted: answered
 * with 409 and the message its key names. Plain, so entities can refuse without knowing of HTTP.
 */
public class Conflict extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public Conflict(String key) {
        super(key, null, false, false);
    }

    public String key() {
        return getMessage();
    }
}
