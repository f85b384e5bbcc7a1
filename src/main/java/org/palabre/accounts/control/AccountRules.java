package org.palabre.accounts.control;

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
        if (!USERNAME.matcher(normalised).matches()) {
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

    /** Any letters and punctuation, shown as text everywhere; no line breaks, controls or direction overrides. */
    public static Optional<String> displayNameProblem(String displayName) {
        if (displayName == null || displayName.isBlank()) {
            return Optional.empty(); // optional: the username is shown instead
        }
        if (displayName.strip().length() > DISPLAY_NAME_MAX_LENGTH || ShownText.hasHiddenCharacters(displayName)) {
            return Optional.of("profile.displayName.invalid");
        }
        return Optional.empty();
    }

    public static Optional<String> bioProblem(String bio) {
        return bio != null && bio.length() > BIO_MAX_LENGTH ? Optional.of("profile.bio.tooLong") : Optional.empty();
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
