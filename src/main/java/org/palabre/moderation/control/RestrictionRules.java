package org.palabre.moderation.control;

/** The limits of silences and suspensions, and when a suspension needs a second moderator. */
public final class RestrictionRules {

    public static final int MAX_DAYS = 3650;
    public static final int REASON_MAX_LENGTH = 1000;
    /** Suspensions longer than this wait for a second moderator under the two-person rule. */
    public static final int SINGLE_MODERATOR_DAYS = 30;

    private RestrictionRules() {}

    public static boolean validDays(int days) {
        return days >= 1 && days <= MAX_DAYS;
    }

    public static boolean validReason(String reason) {
        return reason != null && !reason.isBlank() && reason.strip().length() <= REASON_MAX_LENGTH;
    }

    public static boolean needsSecondModerator(int days, boolean twoPersonRule) {
        return twoPersonRule && days > SINGLE_MODERATOR_DAYS;
    }
}
