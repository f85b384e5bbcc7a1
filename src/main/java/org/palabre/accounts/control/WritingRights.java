package org.palabre.accounts.control;

import java.time.Instant;
import java.util.Optional;
import org.palabre.accounts.entity.Account;
import org.palabre.web.control.Refusal;

/** A silenced member reads but does not write, reply, edit or flag; the refusal says until when. */
public final class WritingRights {

    private WritingRights() {}

    public static void requireNotSilenced(Account member) {
        Optional<Refusal> refusal = silencing(member);
        if (refusal.isPresent()) {
            throw refusal.get();
        }
    }

    /** The refusal a silenced member meets, so a form can say it before they type rather than after. */
    public static Optional<Refusal> silencing(Account member) {
        return silencedUntil(member).map(until -> new Refusal(403, "moderation.silenced", until));
    }

    /** Until when the member is silenced, if they are now. */
    public static Optional<Instant> silencedUntil(Account member) {
        if (member != null && member.standing().isSilenced(Instant.now())) {
            return Optional.of(member.standing().silencedUntil());
        }
        return Optional.empty();
    }
}
