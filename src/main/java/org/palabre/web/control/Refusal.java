package org.palabre.web.control;

import jakarta.ws.rs.WebApplicationException;

/**
 * A refusal whose explanation carries figures, such as the end of a silence: a message key and its
 * arguments, answered with the status given. Moments among the arguments are shown in the reader's time zone.
 */
public class Refusal extends WebApplicationException {

    private static final long serialVersionUID = 1L;

    private final String key;
    private final transient Object[] arguments;

    public Refusal(int status, String key, Object... arguments) {
        super(key, null, status);
        this.key = key;
        this.arguments = arguments;
    }

    public String key() {
        return key;
    }

    public Object[] arguments() {
        return arguments.clone();
    }
}
