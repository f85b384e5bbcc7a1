package org.palabre.accounts.control;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.lang.UProperty;
import java.text.Normalizer;
import java.util.Optional;
import java.util.regex.Pattern;
import org.palabre.web.control.ShownText;

/**
 * What a username, an email address and a password must look like. Each check answers with the key of the
 * message to show next to the field, or nothing when the value is acceptable.
 */
public final class AccountRules {

    public static final int PASSWORD_MIN_LENGTH = 10;
    public static final int PASSWORD_MAX_LENGTH = 512;

    /** Letters of any script, digits, underscore, hyphen and dot; 3 to 20 of them. */
    private static final Pattern USERNAME = Pattern.compile("[\\p{L}\\p{M}\\p{Nd}_.-]{3,20}");
    /** Deliberately loose: the verification mail is the real check. No spaces, no control characters. */
    private static final Pattern EMAIL = Pattern.compile(
            "[^\\s@\\p{Cntrl}<>\"(),;:\\\\]{1,64}@[^\\s@\\p{Cntrl}<>\"(),;:\\\\]+\\.[^\\s@\\p{Cntrl}<>\"(),;:\\\\]+");

    private AccountRules() {}

    public static Optional<String> usernameProblem(String username) {
        if (username == null || username.isBlank()) {
            return Optional.of("account.username.required");
        }
        String normalised = Normalizer.normalize(username, Normalizer.Form.NFC);
        if (!USERNAME.matcher(normalised).matches() || hasInvisible(normalised)) {
            return Optional.of("account.username.invalid");
        }
        return Optional.empty();
    }

    public static Optional<String> emailProblem(String email) {
        if (email == null || email.isBlank()) {
            return Optional.of("account.email.required");
        }
        if (email.strip().length() > 254 || !EMAIL.matcher(email.strip()).matches()) {
            return Optional.of("account.email.invalid");
        }
        return Optional.empty();
    }

    public static final int DISPLAY_NAME_MAX_LENGTH = 40;
    public static final int BIO_MAX_LENGTH = 2000;

    /**
     * Any letters and punctuation, shown as text everywhere; no line breaks, controls or invisible characters, the
     * same as a username. Whether it looks like someone else's name is asked of {@link NameClaims}.
     */
    public static Optional<String> displayNameProblem(String displayName) {
        if (displayName == null || displayName.isBlank()) {
            return Optional.empty(); // optional: the username is shown instead
        }
        String normalised = Normalizer.normalize(displayName.strip(), Normalizer.Form.NFC);
        if (normalised.length() > DISPLAY_NAME_MAX_LENGTH
                || normalised.codePoints().anyMatch(Character::isISOControl)
                || ShownText.hasHiddenCharacters(normalised)
                || hasInvisible(normalised)) {
            return Optional.of("profile.displayName.invalid");
        }
        return Optional.empty();
    }

    public static Optional<String> bioProblem(String bio) {
        return bio != null && bio.length() > BIO_MAX_LENGTH ? Optional.of("profile.bio.tooLong") : Optional.empty();
    }

    /** More combining marks than this on one letter only serve to spill over the text around the name. */
    private static final int MAX_STACKED_MARKS = 3;

    /**
     * Whether a name holds characters that show as nothing or make it read other than it is, so that "admin" plus
     * one of them passes for "admin": format characters (bidi overrides and isolates, zero-width spaces and
     * joiners), every Unicode default-ignorable code point (variation selectors, the combining grapheme joiner,
     * Hangul fillers, tags), blanks other than the plain space, the blank Braille pattern, and marks stacked
     * high. Usernames and display names both answer to it.
     */
    static boolean hasInvisible(String name) {
        int stacked = 0;
        for (int i = 0; i < name.length(); ) {
            int c = name.codePointAt(i);
            i += Character.charCount(c);
            int type = Character.getType(c);
            if (type == Character.FORMAT
                    || UCharacter.hasBinaryProperty(c, UProperty.DEFAULT_IGNORABLE_CODE_POINT)
                    || (c != ' ' && (Character.isWhitespace(c) || Character.isSpaceChar(c)))
                    || c == 0x2800) {
                return true;
            }
            boolean mark = type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK;
            stacked = mark ? stacked + 1 : 0;
            if (stacked > MAX_STACKED_MARKS) {
                return true;
            }
        }
        return false;
    }

    public static Optional<String> passwordProblem(String password) {
        if (password == null || password.length() < PASSWORD_MIN_LENGTH) {
            return Optional.of("account.password.tooShort");
        }
        if (password.length() > PASSWORD_MAX_LENGTH) {
            return Optional.of("account.password.tooLong");
        }
        if (CommonPasswords.contains(password)) {
            return Optional.of("account.password.common");
        }
        return Optional.empty();
    }
}
