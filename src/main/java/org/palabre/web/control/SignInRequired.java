package org.palabre.web.control;

/**
 * Only members may do this and the reader is not signed in. A page sends them to sign in and back to where they
 * were; the API answers 401 and asks for a token.
 */
public class SignInRequired extends Refusal {

    private static final long serialVersionUID = 1L;

    private final String returnTo;

    /** returnTo: the path and query the reader asked for, to come back to once signed in. */
    public SignInRequired(String returnTo) {
        super(401, "access.signInRequired");
        this.returnTo = returnTo;
    }

    public String returnTo() {
        return returnTo;
    }
}
