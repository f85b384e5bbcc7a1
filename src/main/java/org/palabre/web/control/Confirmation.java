package org.palabre.web.control;

import java.util.Map;

/**
 * A destructive action asked for without its confirmation box ticked: the page that asks again. A form that
 * destroys something carries a required "I understand" checkbox ({@code confirm=yes}); a browser that ignores
 * {@code required}, or a hand-made request, lands here instead of destroying anything. The fields the first form
 * sent travel along hidden, so confirming does exactly what was asked.
 *
 * @param title message key of the page title, which names nothing
 * @param question the sentence, already translated, that says what will be lost
 * @param action where the confirmed form posts
 * @param fields the fields to send again (besides the token and the confirmation)
 * @param back where "cancel" leads
 */
public record Confirmation(String title, String question, String action, Map<String, String> fields, String back) {

    /** The value of the {@code confirm} field that a ticked box sends. */
    public static final String CONFIRMED = "yes";

    public static boolean given(String confirm) {
        return CONFIRMED.equals(confirm);
    }
}
