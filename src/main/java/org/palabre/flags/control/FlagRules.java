package org.palabre.flags.control;

import java.util.Map;
import java.util.Optional;
import org.palabre.flags.entity.Flag;
import org.palabre.flags.entity.FlagReason;

/** What makes a flag acceptable, and when flags take a post out of view. No state: plain rules. */
public final class FlagRules {

    public static final int DEFAULT_THRESHOLD = 3;

    private FlagRules() {}

    /** Per field what is wrong (message keys), or empty. */
    public static Map<String, String> problems(String reasonName, String message) {
        Optional<FlagReason> reason = FlagReason.named(reasonName);
        if (reason.isEmpty()) {
            return Map.of("reason", "flags.reason.required");
        }
        String text = message == null ? "" : message.strip();
        if (text.length() > Flag.MESSAGE_MAX_LENGTH) {
            return Map.of("message", "flags.message.tooLong");
        }
        if (text.chars().anyMatch(c -> Character.isISOControl(c) && c != '\n' && c != '\r' && c != '\t')) {
            return Map.of("message", "flags.message.invalid");
        }
        if (reason.get().needsMessage() && text.isEmpty()) {
            return Map.of("message", "flags.message.required");
        }
        return Map.of();
    }

    /**
     * Hidden pending review once as many members as the threshold flagged it, or at once when a moderator of
     * its category did: their judgement is what the review would ask for anyway. A threshold below one would
     * hide every post on its first flag from anyone, so it counts as one.
     */
    public static boolean hides(long openFlags, int threshold, boolean flaggedByModerator) {
        return flaggedByModerator || openFlags >= Math.max(1, threshold);
    }
}
