package org.palabre.web.control;

/**
 * Something Palabre will not do for this person, said in its own terms: an outcome (a status code, the
 * kernel's vocabulary for it), a message key and the figures the message needs. Plain, so control code and
 * entities refuse without knowing of HTTP; ErrorResponses alone turns it into a page or a problem. Moments
 * among the arguments are shown in the reader's time zone.
 */
public class Refusal extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final int status;
    private final String key;
    private final transient Object[] arguments;

    /** A key of null leaves the explanation to the status alone ("This page does not exist"). */
    public Refusal(int status, String key, Object... arguments) {
        super(key, null, false, false);
        this.status = status;
        this.key = key;
        this.arguments = arguments.clone();
    }

    /**
     * Nothing this person may see is there. Also said of what exists but is hidden from them, so that a
     * refusal never tells a private thing exists.
     */
    public static Refusal notFound() {
        return new Refusal(404, null);
    }

    /** They may see it but not do this; the key says why. */
    public static Refusal forbidden(String key, Object... arguments) {
        return new Refusal(403, key, arguments);
    }

    public int status() {
        return status;
    }

    /** The message key, or null when the status says it all. */
    public String key() {
        return key;
    }

    public Object[] arguments() {
        return arguments.clone();
    }
}
