package org.palabre.categories.entity;

/** Who may read, or write, in a category. Moderators and administrators always may. */
public enum Access {
    /** Anyone, signed in or not (for reading only: writing always needs an account). */
    EVERYONE,
    /** Any signed-in member. */
    MEMBERS,
    /** Members of the groups listed for the category. */
    GROUPS
}
