package org.palabre.settings.entity;

/** Who may create an account. */
public enum RegistrationMode {
    /** Anyone, with a verified address. */
    OPEN,
    /** Only with an invitation link from a moderator or administrator. */
    INVITE_ONLY,
    /** Nobody: administrators create accounts otherwise, or not at all. */
    CLOSED
}
