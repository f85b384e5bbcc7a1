package org.palabre.accounts.boundary;

import java.util.Map;
import org.palabre.accounts.entity.Account;

/**
 * A part of a member's profile page that a feature above accounts contributes (their recent posts, the mute button,
 * the trust switch): it adds its entries to the page's model, for the reader who looks.
 */
public interface ProfileSection {

    /** {@code reader} is null for visitors. */
    void addTo(Map<String, Object> model, Account member, Account reader);
}
