package org.palabre.watching.entity;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** How closely a member follows a topic or a category, from least to most. */
public enum WatchLevel {
    MUTED,
    NORMAL,
    TRACKING,
    WATCHING;

    /** In the order a choice lists them. */
    public static final List<WatchLevel> SHOWN = List.of(WATCHING, TRACKING, NORMAL, MUTED);

    /** The level named, if it is one: what a form sent. */
    public static Optional<WatchLevel> named(String name) {
        return Arrays.stream(values())
                .filter(level -> level.name().equals(name))
                .findFirst();
    }

    /**
     * The level after taking part at {@code suggested}: taking part only ever raises it, and never
     * undoes a member's muting.
     */
    public WatchLevel raisedTo(WatchLevel suggested) {
        return this == MUTED || suggested.compareTo(this) <= 0 ? this : suggested;
    }
}
