package org.palabre.accounts.entity;

import com.ibm.icu.text.SpoofChecker;
import java.text.Normalizer;
import java.util.Locale;

/**
 * The form two usernames share when they look alike (Unicode UTS #39 skeleton, from ICU): "noemie" with a
 * Cyrillic "о", "rn" for "m", "I" for "l". Usernames are unique by skeleton, so nobody can pose as another.
 */
public final class UsernameSkeleton {

    private static final SpoofChecker CHECKER = new SpoofChecker.Builder().build();

    private UsernameSkeleton() {}

    public static String of(String username) {
        String lowered =
                Normalizer.normalize(username.strip(), Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
        return CHECKER.getSkeleton(lowered);
    }
}
