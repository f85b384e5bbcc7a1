package org.palabre.web.control;

import java.util.Map;

/** Refused input to the JSON API: answered with 422 and, per field, what is wrong (message keys). */
public class InvalidInput extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient Map<String, String> problems;

    public InvalidInput(Map<String, String> problems) {
        super("invalidInput", null, false, false);
        this.problems = Map.copyOf(problems);
    }

    public Map<String, String> problems() {
        return problems;
    }
}
