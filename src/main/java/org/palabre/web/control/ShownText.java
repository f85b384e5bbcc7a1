package org.palabre.web.control;

/**
 * The one rule for short texts that readers see as typed and that Palabre also puts in mail headers (topic
 * titles in the Subject, category names in List-Id, display names in From): no control character, which could
 * break a header or a line, and no invisible formatting character, bidi overrides and isolates that let
 * "gpj.exe" display as "exe.jpg", zero-width spaces and joiners that make two names look the same.
 */
public final class ShownText {

    private ShownText() {}

    /** Whether the text holds a character it must not (null holds none). */
    public static boolean hasHiddenCharacters(String text) {
        return text != null && text.codePoints().anyMatch(ShownText::isHidden);
    }

    public static boolean isHidden(int codePoint) {
        return Character.isISOControl(codePoint)
                || Character.getType(codePoint) == Character.FORMAT // bidi controls, zero-width characters
                || codePoint == 0x2028 // line and paragraph separators
                || codePoint == 0x2029;
    }
}
