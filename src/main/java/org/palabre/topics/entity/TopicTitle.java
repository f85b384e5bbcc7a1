package org.palabre.topics.entity;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Optional;
import org.palabre.web.control.ShownText;

/**
 * A topic title as readers will see it: NFC, single spaces, 5 to 200 characters, and nothing that could
 * break a mail header or a page (control characters such as CR and LF) or reorder what readers see (bidi
 * overrides, which let "gpj.exe" display as "exe.jpg").
 */
public record TopicTitle(String text, String slug) {

    public static final int MIN_LENGTH = 5;
    public static final int MAX_LENGTH = 200;
    private static final int SLUG_MAX_LENGTH = 80;

    /** What is wrong with the title as typed (a message key), if anything. */
    public static Optional<String> problem(String typed) {
        if (typed == null || typed.isBlank()) {
            return Optional.of("topics.title.required");
        }
        if (ShownText.hasHiddenCharacters(typed)) {
            return Optional.of("topics.title.controls");
        }
        int length = clean(typed).codePointCount(0, clean(typed).length());
        if (length < MIN_LENGTH || length > MAX_LENGTH) {
            return Optional.of("topics.title.length");
        }
        return Optional.empty();
    }

    /** The title made from what was typed; call only when {@link #problem} found nothing. */
    public static TopicTitle of(String typed) {
        problem(typed).ifPresent(p -> {
            throw new IllegalArgumentException(p);
        });
        String text = clean(typed);
        return new TopicTitle(text, slugOf(text));
    }

    private static String clean(String typed) {
        return Normalizer.normalize(typed, Normalizer.Form.NFC).strip().replaceAll("\\s+", " ");
    }

    /** Lower-case ASCII words joined by hyphens ("Réunion à Lyon" becomes "reunion-a-lyon"), for addresses. */
    static String slugOf(String text) {
        String ascii = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
        String slug =
                ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-+|-+$)", "");
        if (slug.length() > SLUG_MAX_LENGTH) {
            slug = slug.substring(0, SLUG_MAX_LENGTH).replaceAll("-+$", "");
        }
        return slug.isEmpty() ? "topic" : slug;
    }
}
