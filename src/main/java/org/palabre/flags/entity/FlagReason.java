package org.palabre.flags.entity;

import java.util.Arrays;
import java.util.Optional;

/** Why a member flags a post; only the last one needs the member's own words. */
public enum FlagReason {
    OFF_TOPIC,
    INAPPROPRIATE,
    SPAM,
    HARASSMENT,
    SOMETHING_ELSE;

    public boolean needsMessage() {
        return this == SOMETHING_ELSE;
    }

    public static Optional<FlagReason> named(String name) {
        return Arrays.stream(values()).filter(r -> r.name().equals(name)).findFirst();
    }
}
