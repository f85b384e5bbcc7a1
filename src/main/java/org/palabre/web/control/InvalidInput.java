package org.palabre.web.control;

import java.util.Map;

/**
 * Refused input to the JSON API: answered with 422 and, per field, what is wrong (message keys), with the one
 * figure some messages need ("{0} characters at most"), as the pages show them.
 */
public class InvalidInput extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient Map<String, String> problems;
    private final transient Object argument;

    public InvalidInput(Map<String, String> problems) {
        this(problems, null);
    }

    public InvalidInput(Map<String, String> problems, Object argument) {
        super("invalidInput", null, false, false);
        this.problems = Map.copyOf(problems);
        this.argument = argument;
    }

    public Map<String, String> problems() {
        return problems;
    }

    /** Fills {0} in the messages; null when none needs it. */
    public Object argument() {
        return argument;
    }
}
