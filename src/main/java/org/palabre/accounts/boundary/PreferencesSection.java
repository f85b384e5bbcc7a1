package org.palabre.accounts.boundary;

import java.util.Map;
import org.palabre.accounts.entity.Account;

/** A part of the preferences page that a feature above accounts contributes, such as what is watched by default. */
public interface PreferencesSection {

    void addTo(Map<String, Object> model, Account member);
}
