package org.palabre.accounts.boundary;

/** What a person typed, shown back in a refused form: never longer than any field allows. */
final class Typed {

    private Typed() {}

    static String shortened(String typed) {
        return typed == null ? "" : typed.substring(0, Math.min(typed.length(), 254));
    }
}
