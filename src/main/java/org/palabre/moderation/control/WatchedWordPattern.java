package org.palabre.moderation.control;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.palabre.moderation.entity.WatchedWord;

/**
 * A watched phrase made into a pattern by Palabre itself, never from a regular expression someone typed:
 * literal parts are quoted, {@code *} stands for at most 30 letters or digits inside a word, spaces for any
 * run of spaces, and the phrase matches whole words only. Both the phrase and the text are compared folded
 * (NFKD, marks stripped, lower case), so "Sürveillance" and "SURVEILLANCE" match "surveillance".
 */
public record WatchedWordPattern(String phrase, Pattern pattern) {

    /** Each wildcard can backtrack over its letters: two keep the worst case small on the longest post. */
    public static final int MAX_WILDCARDS = 2;

    private static final String WORD_CHAR = "[\\p{L}\\p{N}]";
    private static final String WILDCARD = WORD_CHAR + "{0,30}";
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    /** Why a phrase cannot be watched (a message key), or nothing when it can. */
    public static Optional<String> problem(String typed) {
        String phrase = typed == null ? "" : typed.strip();
        if (phrase.isEmpty() || phrase.length() > WatchedWord.MAX_LENGTH) {
            return Optional.of("watchedWords.phrase.length");
        }
        if (phrase.chars().anyMatch(Character::isISOControl)) {
            return Optional.of("watchedWords.phrase.controls");
        }
        if (fold(phrase).replace("*", "").codePoints().noneMatch(Character::isLetterOrDigit)) {
            return Optional.of("watchedWords.phrase.noLetters");
        }
        if (phrase.chars().filter(c -> c == '*').count() > MAX_WILDCARDS) {
            return Optional.of("watchedWords.phrase.wildcards");
        }
        return Optional.empty();
    }

    public static WatchedWordPattern of(String phrase) {
        String folded = SPACES.matcher(fold(phrase.strip())).replaceAll(" ");
        StringBuilder regex = new StringBuilder("(?<!" + WORD_CHAR + ")");
        StringBuilder literal = new StringBuilder();
        for (int i = 0; i < folded.length(); i++) {
            char c = folded.charAt(i);
            if (c == '*' || c == ' ') {
                if (!literal.isEmpty()) {
                    regex.append(Pattern.quote(literal.toString()));
                    literal.setLength(0);
                }
                regex.append(c == '*' ? WILDCARD : "\\s+");
            } else {
                literal.append(c);
            }
        }
        if (!literal.isEmpty()) {
            regex.append(Pattern.quote(literal.toString()));
        }
        regex.append("(?!" + WORD_CHAR + ")");
        return new WatchedWordPattern(phrase.strip(), Pattern.compile(regex.toString()));
    }

    /** Whether the text, folded, holds the phrase. */
    public boolean foundIn(String foldedText) {
        return pattern.matcher(foldedText).find();
    }

    /** Compatibility decomposition, marks removed, lower case: "Ｓürveillance" becomes "surveillance". */
    public static String fold(String text) {
        return MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFKD))
                .replaceAll("")
                .toLowerCase(Locale.ROOT);
    }
}
