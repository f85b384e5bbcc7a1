package org.palabre.accounts.entity;

/**
 * How a member is named where being taken for someone else matters (the author line of posts, the From name and
 * body of mail, the profile): the display name with the username beside it, unless the two look alike anyway.
 * A display name is free text, the username is unique by its look-alike skeleton: only the username says who it
 * is. Display names stored before the look-alike rule held are shown this way too.
 */
public final class AuthorName {

    private AuthorName() {}

    /** Whether the username must be shown beside the display name. */
    public static boolean showsUsername(String username, String displayName) {
        return displayName != null
                && !displayName.isBlank()
                && !UsernameSkeleton.of(displayName).equals(UsernameSkeleton.of(username));
    }

    /** "Display name (@username)", or the one name when there is no display name or it looks like the username. */
    public static String of(String username, String displayName) {
        if (displayName == null || displayName.isBlank()) {
            return username;
        }
        return showsUsername(username, displayName)
                ? displayName.strip() + " (@" + username + ")"
                : displayName.strip();
    }
}
